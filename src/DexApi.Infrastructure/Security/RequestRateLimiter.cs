using System.Threading.RateLimiting;
using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Security;

/// <summary>
/// Fixed-window budgets per key, kept in this process's memory with .NET's rate limiters.
/// </summary>
// Limitation: budgets are per process; with several nodes each grants its own budget, so the real limit
// is the configured one times the number of nodes.
public sealed class RequestRateLimiter : IRequestRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<(RateLimitedAction Action, string Key)> _limiter;

    public RequestRateLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<(RateLimitedAction Action, string Key), (RateLimitedAction, string)>(
            request => RateLimitPartition.GetFixedWindowLimiter(request, partition => partition.Action switch
            {
                RateLimitedAction.PasswordResetPerAddress => Window(settings.PasswordResetsPerAddressPerHour, TimeSpan.FromHours(1)),
                RateLimitedAction.FailedPasswordsPerUsername => Window(settings.FailedPasswordsPerUsername, settings.FailedPasswordWindow),
                _ => Window(settings.MailPagePostsPerIpPerMinute, TimeSpan.FromMinutes(1)),
            }));
    }

    public bool TryAcquire(RateLimitedAction action, string key)
    {
        using var lease = _limiter.AttemptAcquire((action, key.ToLowerInvariant()));
        return lease.IsAcquired;
    }

    public bool IsExhausted(RateLimitedAction action, string key)
        => _limiter.GetStatistics((action, key.ToLowerInvariant()))?.CurrentAvailablePermits == 0;

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
