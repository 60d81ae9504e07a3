namespace DexApi.Application.Bootstrap;

/// <summary>
/// The first admin client and admin user, created on the first start with an empty database. Values left
/// out are generated and printed once.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? AdminClientId { get; set; }

    public string? AdminClientSecret { get; set; }

    public IList<string> AdminClientRedirectUris { get; } = [];

    public string? AdminClientName { get; set; }
}
