namespace DexApi.Domain.Clients;

/// <summary>Why a redirect URI cannot be registered, in the order Dex checked.</summary>
public enum RedirectUriProblem
{
    None,

    /// <summary>Empty, or not a URL at all.</summary>
    Unparseable,

    /// <summary>No host, such as <c>asdf.com</c> (a bare path) or <c>http://</c>.</summary>
    NoHost,

    /// <summary>A scheme other than http or https.</summary>
    BadScheme,

    /// <summary>A fragment, which RFC 6749 section 3.1.2 forbids.</summary>
    Fragment,
}
