using System.Text.Json;

namespace DexApi.Api.ErrorHandling;

/// <summary>Writes <see cref="ErrorBody"/> responses; every error of every path goes through here.</summary>
public static class ErrorResponseWriter
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync(HttpContext context, int statusCode, string error, string description)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(
            JsonSerializer.Serialize(new ErrorBody(error, description), s_options),
            context.RequestAborted);
    }
}
