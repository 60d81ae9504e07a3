using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Security;
using DexApi.Application.Invitations;
using MediatR;

namespace DexApi.Application.Users.Commands.ResendInvitation;

public sealed class ResendInvitationCommandHandler(
    CallingClient callingClient,
    IUserRepository users,
    InvitationDispatcher invitations)
    : IRequestHandler<ResendInvitationCommand, ResendInvitationResult>
{
    public async Task<ResendInvitationResult> Handle(ResendInvitationCommand request, CancellationToken cancellationToken)
    {
        // Dex checked the redirect URL before looking the user up; clients see the same precedence here.
        var client = await callingClient.RequireRedirectUrlAsync(request.RedirectUrl, cancellationToken);
        var user = await users.GetByIdAsync(request.Id, cancellationToken)
            ?? throw new NotFoundException(ErrorCodes.ResourceNotFound, ErrorDescriptions.ResourceNotFound);
        if (user.EmailVerified)
        {
            throw new ValidationException(ErrorCodes.VerifiedEmail, ErrorDescriptions.VerifiedEmail);
        }

        var invitation = await invitations.DispatchAsync(user, client.Id, request.RedirectUrl!, cancellationToken);
        return new ResendInvitationResult(invitation.EmailSent, invitation.ResetPasswordLink);
    }
}
