using MediatR;

namespace DexApi.Application.Passwords.Commands.SetPassword;

/// <summary>
/// Sets a user's password through a reset link. Returns where to send the user next, which is empty when
/// the link named no redirect URL.
/// </summary>
public sealed record SetPasswordCommand(string? Token, string? Password) : IRequest<string>;
