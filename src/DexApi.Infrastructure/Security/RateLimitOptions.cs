namespace DexApi.Infrastructure.Security;

/// <summary>Budgets of the mail-sending pages, bound from the <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Password-reset requests for one address per hour.</summary>
    public int PasswordResetsPerAddressPerHour { get; set; } = 3;

    /// <summary>Posts to mail-sending pages from one client IP per minute.</summary>
    public int MailPagePostsPerIpPerMinute { get; set; } = 10;
}
