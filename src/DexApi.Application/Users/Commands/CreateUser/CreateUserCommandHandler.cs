using AutoMapper;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Security;
using DexApi.Application.Invitations;
using DexApi.Domain.Users;
using MediatR;

namespace DexApi.Application.Users.Commands.CreateUser;

public sealed class CreateUserCommandHandler(
    CallingClient callingClient,
    IUserRepository users,
    InvitationDispatcher invitations,
    TimeProvider clock,
    IMapper mapper)
    : IRequestHandler<CreateUserCommand, CreateUserResult>
{
    public async Task<CreateUserResult> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var client = await callingClient.RequireRedirectUrlAsync(request.RedirectUrl, cancellationToken);
        var draft = request.User!;
        if (!EmailAddress.TryParse(draft.Email, out var email))
        {
            throw new ValidationException(ErrorCodes.InvalidEmail, ErrorDescriptions.InvalidEmail);
        }

        var user = User.CreateInvited(
            email,
            draft.DisplayName ?? "",
            draft.EmailVerified,
            draft.Admin,
            draft.Disabled,
            clock.GetUtcNow());
        await users.AddAsync(user, cancellationToken);

        var invitation = await invitations.DispatchAsync(user, client.Id, request.RedirectUrl!, cancellationToken);
        return new CreateUserResult(mapper.Map<UserDto>(user), invitation.EmailSent, invitation.ResetPasswordLink);
    }
}
