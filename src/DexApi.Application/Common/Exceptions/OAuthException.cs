namespace DexApi.Application.Common.Exceptions;

/// <summary>A token endpoint error of RFC 6749, section 5.2.</summary>
public sealed class OAuthException(string errorCode, string description, bool clientAuthenticationFailed = false)
    : DexApiException(errorCode, description)
{
    /// <summary>True for <c>invalid_client</c>: answered with 401 and a Basic challenge.</summary>
    public bool ClientAuthenticationFailed { get; } = clientAuthenticationFailed;
}
