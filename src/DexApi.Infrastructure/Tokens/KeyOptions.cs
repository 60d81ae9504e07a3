namespace DexApi.Infrastructure.Tokens;

/// <summary>Signing-key rotation, bound from the <c>Keys</c> configuration section.</summary>
public sealed class KeyOptions
{
    public const string SectionName = "Keys";

    /// <summary>How long a key signs before a new one takes over; the previous key still verifies after.</summary>
    public TimeSpan RotationPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each node reads the keys again, to pick up a rotation made by another node.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
