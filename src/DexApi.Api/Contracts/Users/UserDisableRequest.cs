using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Whether to disable or enable a user.</summary>
/// <param name="Disable">
/// If true, disable this user, if false, enable them. No error is signaled if the user state doesn't change.
/// </param>
public sealed record UserDisableRequest([property: JsonPropertyName("disable")] bool Disable);
