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
        var headers = httpContext.Response.Headers;
        var (status, code, description) = exception switch
        {
            OAuthException { ClientAuthenticationFailed: true } oauth
                => (StatusCodes.Status401Unauthorized, oauth.ErrorCode, oauth.Description),
            DexApiException known => (StatusOf(known), known.ErrorCode, known.Description),
            BadHttpRequestException badRequest => (
                badRequest.StatusCode,
                ErrorCodes.InvalidRequest,
                StatusCodeErrors.DescriptionOf(badRequest.StatusCode, httpContext.Request.Method)),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.ServerError, InternalErrorDescription),
        };

        switch (exception)
        {
            case OAuthException { ClientAuthenticationFailed: true }:
                headers.WWWAuthenticate = "Basic realm=\"dexapi\"";
                break;
            case UnauthorizedException:
                headers.WWWAuthenticate = "Bearer";
                break;
            case ServiceUnavailableException unavailable:
                // Clients and load balancers may retry after a short pause; the service recovers by itself.
                headers.RetryAfter = "5";
                LogUnavailable(logger, unavailable.InnerException?.GetType().Name ?? "", httpContext.Request.Path);
                break;
            case DexApiException or BadHttpRequestException:
                break;
            default:
                if (!exception.Data.Contains(UnhandledExceptionBehavior<object, object>.LoggedMarker))
                {
                    LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                }

                break;
        }

        await ErrorResponseWriter.WriteAsync(httpContext, status, code, description);
        return true;
    }

    private const string InternalErrorDescription = "The server could not process the request.";

    private static int StatusOf(DexApiException exception) => exception switch
    {
        UnauthorizedException => StatusCodes.Status401Unauthorized,
        ServiceUnavailableException => StatusCodes.Status503ServiceUnavailable,
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
