using MediatR;

namespace DexApi.Application.Accounts.Commands.RevokeRefreshClient;

/// <summary>Revokes every refresh token a user granted to a client. Repeating it is harmless.</summary>
public sealed record RevokeRefreshClientCommand(string UserId, string ClientId) : IRequest<Unit>;
