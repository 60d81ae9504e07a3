using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>Reads a compact JWT's header and payload as they are on the wire, without validating anything.</summary>
public static class JwtSegments
{
    public static JsonElement Header(string token) => Decode(token, 0);

    public static JsonElement Payload(string token) => Decode(token, 1);

    private static JsonElement Decode(string token, int index)
    {
        var segments = token.Split('.');
        Assert.Equal(3, segments.Length);
        using var document = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(segments[index]));
        return document.RootElement.Clone();
    }
}
