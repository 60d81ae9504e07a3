namespace DexApi.Domain.Clients;

/// <summary>Rules for the redirect URIs that clients register.</summary>
public static class RedirectUri
{
    /// <summary>Absolute http or https, with a host and without a fragment.</summary>
    public static bool IsAcceptable(string? value) => Check(value) == RedirectUriProblem.None;

    /// <summary>The first thing wrong with <paramref name="value"/> as a redirect URI, if anything.</summary>
    public static RedirectUriProblem Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return RedirectUriProblem.Unparseable;
        }

        if (!Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri))
        {
            // "http://" and "https:///path" parse as URLs elsewhere, with an empty host.
            var authority = value.IndexOf("://", StringComparison.Ordinal);
            return authority > 0 && (authority + 3 == value.Length || value[authority + 3] == '/')
                ? RedirectUriProblem.NoHost
                : RedirectUriProblem.Unparseable;
        }

        if (!uri.IsAbsoluteUri || uri.Host.Length == 0 || uri.IsFile || uri.IsUnc)
        {
            return RedirectUriProblem.NoHost;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return RedirectUriProblem.BadScheme;
        }

        return value.Contains('#', StringComparison.Ordinal) ? RedirectUriProblem.Fragment : RedirectUriProblem.None;
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
