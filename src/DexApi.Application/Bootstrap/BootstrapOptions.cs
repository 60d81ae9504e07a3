namespace DexApi.Application.Bootstrap;

/// <summary>
/// The first admin client and admin user, created on the first start with an empty database. Values left
/// out are generated and printed once.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>
    /// Where the default admin client's redirect URI points, under the issuer: a page of the service that
    /// tells a user who just set a password that they are done.
    /// </summary>
    public const string DefaultRedirectPath = "/password-set";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? AdminClientId { get; set; }

    public string? AdminClientSecret { get; set; }

    public IList<string> AdminClientRedirectUris { get; } = [];

    public string? AdminClientName { get; set; }

    public string? AdminClientUri { get; set; }

    public string? AdminClientLogoUri { get; set; }
}
