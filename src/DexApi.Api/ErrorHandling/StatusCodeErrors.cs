using DexApi.Application;
using DexApi.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;

namespace DexApi.Api.ErrorHandling;

/// <summary>
/// Gives a body to errors that the framework answers with a bare status (no route, wrong method, wrong
/// content type, body too large), so that no response carries another error shape.
/// </summary>
public static class StatusCodeErrors
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var code = status switch
        {
            StatusCodes.Status401Unauthorized => ErrorCodes.Unauthorized,
            StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
            StatusCodes.Status404NotFound => ErrorCodes.ResourceNotFound,
            >= 500 => ErrorCodes.ServerError,
            _ => ErrorCodes.InvalidRequest,
        };
        return ErrorResponseWriter.WriteAsync(http, status, code, DescriptionOf(status, http.Request.Method));
    }

    public static string DescriptionOf(int status, string method) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorDescriptions.Unauthorized,
        StatusCodes.Status403Forbidden => ErrorDescriptions.Forbidden,
        StatusCodes.Status404NotFound => ErrorDescriptions.ResourceNotFound,
        StatusCodes.Status405MethodNotAllowed => $"HTTP {method} method not supported for this resource",
        StatusCodes.Status413PayloadTooLarge => "request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported content-type",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "request headers are too large",
        >= 500 => "The server could not process the request.",
        _ => "the request could not be processed",
    };
}
