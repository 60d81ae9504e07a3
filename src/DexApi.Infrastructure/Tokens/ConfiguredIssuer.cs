using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.Configuration;

namespace DexApi.Infrastructure.Tokens;

/// <summary>The <c>Issuer</c> setting, or else the first URL the service listens on.</summary>
public sealed class ConfiguredIssuer(IConfiguration configuration) : IIssuer
{
    /// <summary>Where the service listens when nothing else is configured.</summary>
    public const string DefaultListenUrl = "http://127.0.0.1:5556";

    private readonly Lazy<string> _url = new(() => Resolve(configuration));

    public string Url => _url.Value;

    private static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["Issuer"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? DefaultListenUrl;
            configured = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        }

        return configured.TrimEnd('/');
    }
}
