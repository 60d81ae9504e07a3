using MediatR;

namespace DexApi.Application.Users.Commands.CreateUser;

/// <summary>Creates a user without a password and invites them to set one.</summary>
/// <param name="User">The new user; a supplied id or creation time is ignored.</param>
/// <param name="RedirectUrl">Where the invitation leads after the password is set; one of the caller's redirect URIs.</param>
public sealed record CreateUserCommand(NewUser? User, string? RedirectUrl) : IRequest<CreateUserResult>;

/// <summary>The fields of a new user that the caller chooses.</summary>
public sealed record NewUser(string? Email, string? DisplayName, bool EmailVerified, bool Admin, bool Disabled);
