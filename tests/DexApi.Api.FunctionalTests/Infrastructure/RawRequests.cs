using System.Net.Http.Headers;
using System.Text;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>Requests whose body and Content-Type are exactly what the test says, byte for byte.</summary>
public static class RawRequests
{
    public const string Json = "application/json";

    /// <summary>Sends <paramref name="body"/> as UTF-8 with the given Content-Type, or with none when null.</summary>
    public static async Task<HttpResponseMessage> SendRawAsync(
        this ApiSession session,
        HttpMethod method,
        string path,
        string? token,
        string body,
        string? contentType = Json)
    {
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await session.Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(
        this ApiSession session,
        string path,
        string? token,
        string body,
        string? contentType = Json)
        => session.SendRawAsync(HttpMethod.Post, path, token, body, contentType);
}
