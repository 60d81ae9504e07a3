using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;

namespace DexApi.Application.Passwords;

/// <summary>Opens a password-reset token and checks that it is still good for its user.</summary>
public sealed class PasswordResetLinks(IActionTokenService actionTokens, IUserRepository users)
{
    public async Task<(ActionToken Token, User User)> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var reset = string.IsNullOrEmpty(token)
            ? null
            : await actionTokens.ReadAsync(token, ActionPurpose.PasswordReset);
        var user = reset is null ? null : await users.GetByIdAsync(reset.UserId, cancellationToken);
        if (reset is null || user is null || !string.Equals(user.Email, reset.Email, StringComparison.Ordinal))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.LinkInvalid);
        }

        if (user.PasswordVersion != reset.PasswordVersion)
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.LinkAlreadyUsed);
        }

        return (reset, user);
    }
}
