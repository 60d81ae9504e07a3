namespace DexApi.Application;

/// <summary>
/// The error codes of the Dex API and of OAuth 2.0. Clients branch on these strings, so they never change.
/// </summary>
public static class ErrorCodes
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidEmail = "invalid_email";
    public const string DuplicateEmail = "duplicate_email";
    public const string VerifiedEmail = "verified_email";
    public const string InvalidRedirectUrl = "invalid_redirect_url";
    public const string InvalidClient = "invalid_client";
    public const string InvalidClientMetadata = "invalid_client_metadata";
    public const string MaxResultsTooHigh = "max_results_too_high";
    public const string ResourceNotFound = "resource_not_found";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string ServerError = "server_error";
    public const string TemporarilyUnavailable = "temporarily_unavailable";

    // OAuth 2.0 token endpoint (RFC 6749, section 5.2).
    public const string InvalidGrant = "invalid_grant";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string UnauthorizedClient = "unauthorized_client";
    public const string InvalidScope = "invalid_scope";
}
