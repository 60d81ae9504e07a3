using DexApi.Application.Common.Abstractions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Accounts.Commands.RevokeRefreshClient;

public sealed partial class RevokeRefreshClientCommandHandler(
    IRefreshTokenRepository refreshTokens,
    TimeProvider clock,
    ILogger<RevokeRefreshClientCommandHandler> logger)
    : IRequestHandler<RevokeRefreshClientCommand, Unit>
{
    public async Task<Unit> Handle(RevokeRefreshClientCommand request, CancellationToken cancellationToken)
    {
        var revoked = await refreshTokens.RevokeForClientAsync(
            request.UserId,
            request.ClientId,
            clock.GetUtcNow(),
            cancellationToken);
        if (revoked > 0)
        {
            LogRevoked(logger, revoked, request.UserId, request.ClientId);
        }

        return Unit.Value;
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information,
        Message = "Revoked {Count} refresh tokens of user {UserId} for client {ClientId}")]
    private static partial void LogRevoked(ILogger logger, int count, string userId, string clientId);
}
