using DexApi.Domain.Clients;
using DexApi.Domain.Users;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Signs the JWTs that callers present as bearer tokens.</summary>
public interface IAccessTokenIssuer
{
    /// <summary>A token for a user signed in through <paramref name="client"/>.</summary>
    Task<IssuedToken> IssueForUserAsync(User user, Client client, CancellationToken cancellationToken);

    /// <summary>A token for the client itself: <c>sub</c> and <c>aud</c> are the client id.</summary>
    Task<IssuedToken> IssueForClientAsync(Client client, CancellationToken cancellationToken);
}

/// <summary>A signed token and how long it lives.</summary>
public sealed record IssuedToken(string Value, TimeSpan Lifetime);
