using MediatR;

namespace DexApi.Application.Users.Commands.ResendInvitation;

/// <summary>Sends a new invitation to a user whose email is not verified yet.</summary>
public sealed record ResendInvitationCommand(string Id, string? RedirectUrl) : IRequest<ResendInvitationResult>;

/// <summary>Whether the invitation was mailed, and the link when it was not.</summary>
public sealed record ResendInvitationResult(bool EmailSent, string? ResetPasswordLink);
