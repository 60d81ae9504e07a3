using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Always <c>{"ok": true}</c> on success.</summary>
/// <param name="Ok">True.</param>
public sealed record UserDisableResponse([property: JsonPropertyName("ok")] bool Ok);
