namespace DexApi.Domain.Clients;

/// <summary>Rules for the redirect URIs that clients register.</summary>
public static class RedirectUri
{
    /// <summary>Absolute http or https, with a host and without a fragment.</summary>
    public static bool IsAcceptable(string? value)
    {
        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && !value.Contains('#', StringComparison.Ordinal);
    }

    /// <summary>Compares two URLs as written, except for the case of the scheme.</summary>
    public static bool AreEqual(string registered, string candidate)
    {
        var registeredColon = registered.IndexOf(':', StringComparison.Ordinal);
        var candidateColon = candidate.IndexOf(':', StringComparison.Ordinal);
        if (registeredColon <= 0 || registeredColon != candidateColon)
        {
            return false;
        }

        return string.Equals(registered[..registeredColon], candidate[..candidateColon], StringComparison.OrdinalIgnoreCase)
            && string.Equals(registered[registeredColon..], candidate[candidateColon..], StringComparison.Ordinal);
    }
}
