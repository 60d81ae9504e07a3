using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using MediatR;

namespace DexApi.Application.EmailVerification.Commands.VerifyEmail;

public sealed class VerifyEmailCommandHandler(IActionTokenService actionTokens, IUserRepository users)
    : IRequestHandler<VerifyEmailCommand, string>
{
    public async Task<string> Handle(VerifyEmailCommand request, CancellationToken cancellationToken)
    {
        var verification = string.IsNullOrEmpty(request.Token)
            ? null
            : await actionTokens.ReadAsync(request.Token, ActionPurpose.EmailVerification);
        var user = verification is null ? null : await users.GetByIdAsync(verification.UserId, cancellationToken);
        if (verification is null || user is null
            || !string.Equals(user.Email, verification.Email, StringComparison.Ordinal))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.LinkInvalid);
        }

        if (user.EmailVerified)
        {
            throw new ValidationException(ErrorCodes.VerifiedEmail, ErrorDescriptions.EmailAlreadyVerified);
        }

        await users.MarkEmailVerifiedAsync(user.Id, cancellationToken);
        return verification.RedirectUrl;
    }
}
