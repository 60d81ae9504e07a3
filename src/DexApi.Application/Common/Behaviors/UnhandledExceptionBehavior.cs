using DexApi.Application.Common.Exceptions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Common.Behaviors;

/// <summary>
/// Logs an unexpected failure once, with the name of the request it broke, and lets it travel on to the
/// API's exception handler, which answers 500 without revealing anything.
/// </summary>
public sealed partial class UnhandledExceptionBehavior<TRequest, TResponse>(
    ILogger<UnhandledExceptionBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>Set on an exception that has been logged, so that nothing up the stack logs it again.</summary>
    public const string LoggedMarker = "DexApi.Logged";

    public async Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (exception is not DexApiException and not OperationCanceledException)
        {
            LogUnhandled(logger, exception, typeof(TRequest).Name);
            exception.Data[LoggedMarker] = true;
            throw;
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception in {RequestName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string requestName);
}
