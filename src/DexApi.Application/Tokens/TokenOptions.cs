namespace DexApi.Application.Tokens;

/// <summary>Settings of the token service, bound from the <c>Tokens</c> configuration section.</summary>
public sealed class TokenOptions
{
    public const string SectionName = "Tokens";

    /// <summary>How long access and ID tokens live.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far clocks may disagree when a token's times are checked.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after a refresh token's rotation a retry of the same exchange by the same client is answered
    /// instead of being treated as theft. Zero turns the grace off.
    /// </summary>
    public TimeSpan RefreshReuseGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether clients may use the resource-owner password grant (consoles, CLIs, scripts).</summary>
    public bool PasswordGrantEnabled { get; set; } = true;
}
