using MediatR;

namespace DexApi.Application.Passwords.Commands.RequestPasswordReset;

/// <summary>
/// A user who forgot their password asks for a reset link. The answer is the same whether or not the
/// account exists; the link goes only to existing, enabled users, by mail.
/// </summary>
/// <param name="Email">The address the user typed.</param>
/// <param name="ClientIp">Where the request came from, for the per-address and per-IP budgets.</param>
/// <param name="ClientId">Optional: the client whose page sent the user here.</param>
/// <param name="RedirectUri">Optional: where to go once the password is set; one of that client's URIs.</param>
public sealed record RequestPasswordResetCommand(
    string? Email,
    string ClientIp,
    string? ClientId,
    string? RedirectUri) : IRequest<Unit>;
