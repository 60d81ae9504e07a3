namespace DexApi.Domain.Clients;

/// <summary>URL-safe base64 that keeps the <c>=</c> padding, as Go's <c>base64.URLEncoding</c> writes it.</summary>
public static class Base64Url
{
    public static string EncodePadded(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
}
