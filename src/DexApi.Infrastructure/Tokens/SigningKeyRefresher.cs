using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Tokens;

/// <summary>Refreshes the <see cref="SigningKeyRing"/> on a timer, and soon after a node asks for it.</summary>
public sealed partial class SigningKeyRefresher(
    SigningKeyRing keys,
    IOptions<KeyOptions> options,
    ILogger<SigningKeyRefresher> logger) : BackgroundService
{
    // Requests for a refresh (tokens naming an unknown key) are served at most this often.
    private static readonly TimeSpan s_minimumPause = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await keys.WaitForRefreshAsync(options.Value.RefreshInterval, stoppingToken);
                await keys.RefreshAsync(stoppingToken);
                await Task.Delay(s_minimumPause, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The keys in memory keep working; the next round tries again.
                LogRefreshFailed(logger, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 11001, Level = LogLevel.Warning, Message = "Could not refresh the signing keys: {ErrorType}")]
    private static partial void LogRefreshFailed(ILogger logger, string errorType);
}
