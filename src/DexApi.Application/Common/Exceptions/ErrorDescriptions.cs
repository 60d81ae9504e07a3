namespace DexApi.Application.Common.Exceptions;

/// <summary>The Dex API's error texts, word for word where Dex had one: scripts match on them.</summary>
public static class ErrorDescriptions
{
    public const string CannotParseBody = "cannot parse JSON body";
    public const string UserRequired = "user is required";
    public const string InvalidRedirectUrlSyntax = "redirectURL must be a valid URL";
    public const string InvalidEmail = "invalid email.";
    public const string DuplicateEmail = "Email already in use.";
    public const string VerifiedEmail = "Email already verified.";
    public const string InvalidRedirectUrl = "The provided redirect URL is invalid for the given client";
    public const string CallingClientMissing = "The client that made this request no longer exists.";
    public const string MaxResultsNotInteger = "maxResults must be an integer";
    public const string MaxResultsTooHigh = "The max number of results per page is 100";
    public const string MaxResultsTooLow = "maxResults must be at least 1";
    public const string InvalidPageToken = "nextPageToken is invalid";
    public const string ResourceNotFound = "Resource could not be found.";
    public const string Unauthorized = "Necessary credentials not provided.";
    public const string InvitationNotVerified = "Your invitation could not be verified";
    public const string InvitationEmailMismatch = "Your email does not match the email address on file";
    public const string LinkInvalid = "This link is invalid or has expired.";
    public const string LinkAlreadyUsed = "This link has already been used. Ask for a new one.";
    public const string PasswordTooShort = "The password must be at least 8 characters long.";
    public const string PasswordTooLong = "The password must be at most 128 characters long.";
    public const string PasswordIsEmail = "The password must not be your email address.";
    public const string PasswordTooCommon = "This password is too common. Please choose another.";
    public const string EmailAlreadyVerified = "Your email address is already verified.";
    public const string TooManyRequests = "Too many requests. Please wait a while and try again.";
    public const string UnableToDecodeBody = "unable to decode request body";
    public const string InvalidRedirectUris = "missing or invalid field: redirectURIs";
    public const string ZeroRedirectUris = "zero redirect URLs";
    public const string RedirectUriNoHost = "no host for uri field redirect_uris";
    public const string RedirectUriBadScheme = "uri field redirect_uris scheme is not http or https";
    public const string RedirectUriFragment = "uri field redirect_uris must not contain a fragment";
    public const string DatabaseUnavailable = "The service cannot reach its database. Try again shortly.";
    public const string Forbidden = "The given user and client are not authorized to make this request.";
}
