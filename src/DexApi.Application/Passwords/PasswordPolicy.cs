using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;

namespace DexApi.Application.Passwords;

/// <summary>
/// NIST SP 800-63B rules beyond length (which the validators check): not the user's own email, not a
/// password from the list of the most common ones. No composition rules.
/// </summary>
public sealed class PasswordPolicy(ICommonPasswords commonPasswords)
{
    public void EnsureAcceptable(string password, User user)
    {
        var localPart = user.Email.Split('@')[0];
        if (string.Equals(password, user.Email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(password, localPart, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.PasswordIsEmail);
        }

        if (commonPasswords.Contains(password))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.PasswordTooCommon);
        }
    }
}
