using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>A new user and where their invitation leads.</summary>
/// <param name="User">The user to create; <c>id</c> and <c>createdAt</c> are ignored.</param>
/// <param name="RedirectURL">One of the calling client's redirect URIs, exactly as registered.</param>
public sealed record UserCreateRequest(
    [property: JsonPropertyName("user")] User User,
    [property: JsonPropertyName("redirectURL")] string? RedirectURL);
