using System.Text.Json;
using System.Text.Json.Serialization;

namespace DexApi.Api.Json;

/// <summary>
/// Reads a JSON <c>null</c> where a boolean goes as <c>false</c>, as Dex did (Go leaves the field at its zero
/// value), so that request contracts can use plain <see cref="bool"/> and the OpenAPI document says boolean.
/// </summary>
public sealed class NullAsFalseBooleanConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            _ => throw new JsonException("expected a boolean"),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
        => writer.WriteBooleanValue(value);
}
