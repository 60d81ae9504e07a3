using System.Security.Cryptography;

namespace DexApi.Domain.Clients;

/// <summary>Client ids in Dex's shape: <c>&lt;base64url of 32 random bytes&gt;@&lt;host of the first redirect URI&gt;</c>.</summary>
public static class ClientIds
{
    public static string Generate(string firstRedirectUri)
    {
        var host = Uri.TryCreate(firstRedirectUri, UriKind.Absolute, out var uri) ? uri.Host : "";
        return $"{Base64Url.EncodePadded(RandomNumberGenerator.GetBytes(32))}@{host}";
    }
}
