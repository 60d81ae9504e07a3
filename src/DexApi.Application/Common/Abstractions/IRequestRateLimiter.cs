namespace DexApi.Application.Common.Abstractions;

/// <summary>Counts requests per key (an address, a client IP) against a configured budget.</summary>
public interface IRequestRateLimiter
{
    /// <summary>Takes one request from the key's budget; false when it is spent.</summary>
    bool TryAcquire(RateLimitedAction action, string key);

    /// <summary>True when the key's budget is spent, without taking from it.</summary>
    bool IsExhausted(RateLimitedAction action, string key);
}

/// <summary>What is being limited; each has its own budget.</summary>
public enum RateLimitedAction
{
    /// <summary>Password-reset mails asked for one address.</summary>
    PasswordResetPerAddress,

    /// <summary>Mail-sending page posts from one client IP.</summary>
    MailPagePerClientIp,

    /// <summary>Wrong passwords given for one username, whether or not such an account exists.</summary>
    FailedPasswordsPerUsername,
}
