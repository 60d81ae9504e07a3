namespace DexApi.Application.Users.Commands.CreateUser;

/// <summary>The created user, and the invitation link when it was not mailed.</summary>
public sealed record CreateUserResult(UserDto User, bool EmailSent, string? ResetPasswordLink);
