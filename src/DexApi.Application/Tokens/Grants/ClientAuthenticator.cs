using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens.Commands.IssueToken;
using DexApi.Domain.Clients;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Tokens.Grants;

/// <summary>Checks a client's id and secret; every failure is the same <c>invalid_client</c>.</summary>
public sealed partial class ClientAuthenticator(
    IClientRepository clients,
    ISecretHasher secretHasher,
    ILogger<ClientAuthenticator> logger)
{
    public async Task<Client> AuthenticateAsync(ClientCredentials? credentials, CancellationToken cancellationToken)
    {
        var client = credentials is null
            ? null
            : await clients.GetByIdAsync(credentials.ClientId, cancellationToken);
        if (client is null || !secretHasher.Verify(client.SecretDigest, credentials!.ClientSecret))
        {
            LogClientAuthenticationFailed(logger, credentials?.ClientId);
            throw new OAuthException(ErrorCodes.InvalidClient, "client authentication failed", clientAuthenticationFailed: true);
        }

        return client;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Client authentication failed for {ClientId}")]
    private static partial void LogClientAuthenticationFailed(ILogger logger, string? clientId);
}
