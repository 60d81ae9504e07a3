using DexApi.Api.ErrorHandling;
using DexApi.Application;
using Microsoft.AspNetCore.Http.Features;

namespace DexApi.Api.Middleware;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before anything is read; a chunked body
/// is cut off by the server when it passes the cap while being read.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await ErrorResponseWriter.WriteAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                ErrorCodes.InvalidRequest,
                StatusCodeErrors.DescriptionOf(StatusCodes.Status413PayloadTooLarge, context.Request.Method));
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        await next(context);
    }
}
