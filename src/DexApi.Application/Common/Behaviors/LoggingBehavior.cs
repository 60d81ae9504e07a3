using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Common.Behaviors;

/// <summary>Logs which request ran and how long it took; never its contents, which may hold secrets.</summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogHandled(logger, typeof(TRequest).Name, elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Handled {RequestName} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string requestName, double elapsedMilliseconds);
}
