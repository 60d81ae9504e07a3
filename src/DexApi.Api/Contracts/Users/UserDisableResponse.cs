using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Always <c>{"ok": true}</c> on success.</summary>
public sealed record UserDisableResponse([property: JsonPropertyName("ok")] bool Ok);
