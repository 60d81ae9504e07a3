using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;

namespace DexApi.Application.Common.Security;

/// <summary>
/// Decides whether the holder of a verified bearer token may use a route. The checks run in the order
/// Dex ran them, so that each kind of caller gets the status Dex clients expect.
/// </summary>
public sealed class CallerAuthorizer(ICurrentCaller caller, ICallerRepository callers, IClientRepository clients)
{
    /// <summary>
    /// Admin routes: the token's user must exist, its client must exist and be an admin client (else 403),
    /// the user must not be disabled (else 401) and must be an admin (else 403).
    /// </summary>
    public async Task<AuthorizedCaller> AuthorizeAdminAsync(CancellationToken cancellationToken)
    {
        var (user, client) = await LoadCallerAsync(cancellationToken);

        if (!client.Admin)
        {
            throw Forbidden();
        }

        if (user.Disabled)
        {
            throw Unauthorized();
        }

        if (!user.Admin)
        {
            throw Forbidden();
        }

        return new AuthorizedCaller(user, client);
    }

    /// <summary>
    /// Client management: a client-credentials token of an admin client (its subject is the client itself),
    /// or an admin user's token issued to an admin client. Returns the calling client.
    /// </summary>
    public async Task<Client> AuthorizeClientAdministrationAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(caller.ClientId)
            && string.Equals(caller.Subject, caller.ClientId, StringComparison.Ordinal))
        {
            var client = await clients.GetByIdAsync(caller.ClientId, cancellationToken) ?? throw Unauthorized();
            return client.Admin ? client : throw Forbidden();
        }

        return (await AuthorizeAdminAsync(cancellationToken)).Client;
    }

    /// <summary>
    /// Account routes: a token of any registered client, from an enabled user who is either the account's
    /// owner or an admin (else 403). The account itself need not exist.
    /// </summary>
    public async Task<AuthorizedCaller> AuthorizeAccountAsync(string accountUserId, CancellationToken cancellationToken)
    {
        var (user, client) = await LoadCallerAsync(cancellationToken);

        if (user.Disabled)
        {
            throw Unauthorized();
        }

        if (!user.Admin && !string.Equals(user.Id, accountUserId, StringComparison.Ordinal))
        {
            throw Forbidden();
        }

        return new AuthorizedCaller(user, client);
    }

    private async Task<(User User, Client Client)> LoadCallerAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(caller.Subject) || string.IsNullOrEmpty(caller.ClientId))
        {
            throw Unauthorized();
        }

        var record = await callers.FindAsync(caller.Subject, caller.ClientId, cancellationToken);
        return record is { Client: { } client } ? (record.User, client) : throw Unauthorized();
    }

    private static UnauthorizedException Unauthorized()
        => new(ErrorCodes.Unauthorized, ErrorDescriptions.Unauthorized);

    private static ForbiddenAccessException Forbidden()
        => new(ErrorCodes.Forbidden, ErrorDescriptions.Forbidden);
}

/// <summary>A caller who passed a guard: the signed-in user and the client the token was issued to.</summary>
public sealed record AuthorizedCaller(User User, Client Client);
