namespace DexApi.Infrastructure.Security;

/// <summary>Bound from the <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Base64 of 32 random bytes. It encrypts the signing keys at rest and keys paging cursors and action
    /// links. Every node of one deployment needs the same value. When it is not set, a key is generated
    /// once into <c>master.key</c> in the data folder, which suits a single node.
    /// </summary>
    public string? MasterKey { get; set; }
}
