namespace DexApi.Domain.Clients;

/// <summary>An OAuth client registered with the service.</summary>
public sealed class Client
{
    public required string Id { get; init; }

    /// <summary>A digest of the secret; the secret itself is shown once, when the client is created.</summary>
    public required string SecretDigest { get; init; }

    public required IReadOnlyList<string> RedirectUris { get; init; }

    /// <summary>Admin clients may call the user-management and client-management routes.</summary>
    public bool Admin { get; init; }

    public string Name { get; init; } = "";

    public string ClientUri { get; init; } = "";

    public string LogoUri { get; init; } = "";

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// True when <paramref name="url"/> is exactly one of the registered redirect URIs. Only the scheme is
    /// compared without regard to case, as Dex did: a trailing slash, another query or another host case
    /// is a different URL.
    /// </summary>
    public bool HasRedirectUri(string url) => RedirectUris.Any(registered => RedirectUri.AreEqual(registered, url));
}
