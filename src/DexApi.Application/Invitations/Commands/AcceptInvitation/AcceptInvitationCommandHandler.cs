using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using MediatR;

namespace DexApi.Application.Invitations.Commands.AcceptInvitation;

public sealed class AcceptInvitationCommandHandler(
    IActionTokenService actionTokens,
    IUserRepository users,
    TimeProvider clock)
    : IRequestHandler<AcceptInvitationCommand, string>
{
    public async Task<string> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var invitation = string.IsNullOrEmpty(request.Token)
            ? null
            : await actionTokens.ReadAsync(request.Token, ActionPurpose.Invitation);
        if (invitation is null)
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.InvitationNotVerified);
        }

        var user = await users.GetByIdAsync(invitation.UserId, cancellationToken);
        if (user is null || !string.Equals(user.Email, invitation.Email, StringComparison.Ordinal))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.InvitationEmailMismatch);
        }

        if (user.PasswordVersion != invitation.PasswordVersion)
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.LinkAlreadyUsed);
        }

        if (!user.EmailVerified)
        {
            await users.MarkEmailVerifiedAsync(user.Id, cancellationToken);
        }

        return actionTokens.Create(invitation with
        {
            Purpose = ActionPurpose.PasswordReset,
            ExpiresAt = clock.GetUtcNow().Add(InvitationDispatcher.LinkLifetime),
        });
    }
}
