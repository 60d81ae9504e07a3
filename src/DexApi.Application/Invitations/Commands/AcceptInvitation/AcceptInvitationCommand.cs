using MediatR;

namespace DexApi.Application.Invitations.Commands.AcceptInvitation;

/// <summary>
/// Follows an invitation link: proves the email is the user's and returns a password-reset token with
/// which the user sets a first password.
/// </summary>
public sealed record AcceptInvitationCommand(string? Token) : IRequest<string>;
