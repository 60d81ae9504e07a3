using DexApi.Application;
using DexApi.Application.Common.Behaviors;
using DexApi.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;

namespace DexApi.Api.ErrorHandling;

/// <summary>
/// Turns exceptions into the Dex error body. Known failures carry their code; anything else is a 500
/// that reveals nothing and is logged once.
/// </summary>
public sealed partial class DexApiExceptionHandler(ILogger<DexApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OAuthException { ClientAuthenticationFailed: true } oauth:
                httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"dexapi\"";
                await ErrorResponseWriter.WriteAsync(httpContext, StatusCodes.Status401Unauthorized, oauth.ErrorCode, oauth.Description);
                return true;
            case UnauthorizedException unauthorized:
                httpContext.Response.Headers.WWWAuthenticate = "Bearer";
                await ErrorResponseWriter.WriteAsync(httpContext, StatusCodes.Status401Unauthorized, unauthorized.ErrorCode, unauthorized.Description);
                return true;
            case ServiceUnavailableException unavailable:
                // Clients and load balancers may retry after a short pause; the service recovers by itself.
                httpContext.Response.Headers.RetryAfter = "5";
                LogUnavailable(logger, unavailable.InnerException?.GetType().Name ?? "", httpContext.Request.Path);
                await ErrorResponseWriter.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, unavailable.ErrorCode, unavailable.Description);
                return true;
            case DexApiException known:
                await ErrorResponseWriter.WriteAsync(httpContext, StatusOf(known), known.ErrorCode, known.Description);
                return true;
            case BadHttpRequestException badRequest:
                await ErrorResponseWriter.WriteAsync(httpContext, badRequest.StatusCode, ErrorCodes.InvalidRequest, StatusCodeErrors.DescriptionOf(badRequest.StatusCode, httpContext.Request.Method));
                return true;
            default:
                if (!exception.Data.Contains(UnhandledExceptionBehavior<object, object>.LoggedMarker))
                {
                    LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                }

                await ErrorResponseWriter.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, ErrorCodes.ServerError, "The server could not process the request.");
                return true;
        }
    }

    private static int StatusOf(DexApiException exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        ForbiddenAccessException => StatusCodes.Status403Forbidden,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Database unavailable ({ErrorType}) on {Path}")]
    private static partial void LogUnavailable(ILogger logger, string errorType, string path);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
