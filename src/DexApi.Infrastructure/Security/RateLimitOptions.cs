namespace DexApi.Infrastructure.Security;

/// <summary>Budgets of the mail-sending pages, bound from the <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Password-reset requests for one address per hour.</summary>
    public int PasswordResetsPerAddressPerHour { get; set; } = 3;

    /// <summary>Posts to mail-sending pages from one client IP per minute.</summary>
    public int MailPagePostsPerIpPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords for one username within <see cref="FailedPasswordWindow"/> before sign-in pauses.</summary>
    public int FailedPasswordsPerUsername { get; set; } = 10;

    /// <summary>The window over which wrong passwords are counted.</summary>
    public TimeSpan FailedPasswordWindow { get; set; } = TimeSpan.FromMinutes(15);
}
