using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexApi.Application.Tokens.Commands.IssueToken;

public sealed partial class IssueTokenCommandHandler(
    IClientRepository clients,
    IUserRepository users,
    ISecretHasher secretHasher,
    IPasswordHasher passwordHasher,
    IAccessTokenIssuer tokenIssuer,
    IOptions<TokenOptions> options,
    ILogger<IssueTokenCommandHandler> logger)
    : IRequestHandler<IssueTokenCommand, TokenResponse>
{
    private const string InvalidCredentials = "invalid username or password";

    public async Task<TokenResponse> Handle(IssueTokenCommand request, CancellationToken cancellationToken)
    {
        var client = await AuthenticateClientAsync(request.Client, cancellationToken);

        var token = request.GrantType == GrantTypes.Password
            ? await IssueForPasswordAsync(client, request.Username!, request.Password!, cancellationToken)
            : await tokenIssuer.IssueForClientAsync(client, cancellationToken);

        return new TokenResponse(token.Value, token.Value, "bearer", (int)token.Lifetime.TotalSeconds);
    }

    private async Task<Client> AuthenticateClientAsync(ClientCredentials? credentials, CancellationToken cancellationToken)
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

    // Limitation: failed password attempts are not throttled per account or per address yet, so online
    // guessing is slowed only by the password hash's cost.
    private async Task<IssuedToken> IssueForPasswordAsync(
        Client client,
        string username,
        string password,
        CancellationToken cancellationToken)
    {
        if (!options.Value.PasswordGrantEnabled)
        {
            throw new OAuthException(ErrorCodes.UnsupportedGrantType, "the password grant is turned off");
        }

        var user = EmailAddress.TryParse(username, out var email)
            ? await users.GetByEmailAsync(email.Value, cancellationToken)
            : null;
        var check = passwordHasher.Verify(user?.PasswordHash, password);
        if (user is null || user.PasswordHash is null || user.Disabled || check == PasswordCheck.Failed)
        {
            throw new OAuthException(ErrorCodes.InvalidGrant, InvalidCredentials);
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(user.Id, passwordHasher.Hash(password), cancellationToken);
        }

        return await tokenIssuer.IssueForUserAsync(user, client, cancellationToken);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Client authentication failed for {ClientId}")]
    private static partial void LogClientAuthenticationFailed(ILogger logger, string? clientId);
}
