using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Where the new invitation leads.</summary>
/// <param name="RedirectURL">One of the calling client's redirect URIs, exactly as registered.</param>
public sealed record ResendEmailInvitationRequest([property: JsonPropertyName("redirectURL")] string? RedirectURL);
