using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>One user.</summary>
/// <param name="User">The user.</param>
public sealed record UserResponse([property: JsonPropertyName("user")] User User);
