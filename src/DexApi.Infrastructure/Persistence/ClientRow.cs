using System.Text.Json;
using DexApi.Domain.Clients;

namespace DexApi.Infrastructure.Persistence;

/// <summary>A row of the clients table as Dapper reads and writes it; redirect URIs are a JSON array.</summary>
internal sealed class ClientRow
{
    /// <summary>The table's columns under this class's property names, for every query that reads a row.</summary>
    public const string Columns = """
        id AS Id, secret_digest AS SecretDigest, redirect_uris AS RedirectUris, admin AS Admin, name AS Name,
        client_uri AS ClientUri, logo_uri AS LogoUri, created_at AS CreatedAt
        """;

    public string Id { get; set; } = "";
    public string SecretDigest { get; set; } = "";
    public string RedirectUris { get; set; } = "[]";
    public bool Admin { get; set; }
    public string Name { get; set; } = "";
    public string ClientUri { get; set; } = "";
    public string LogoUri { get; set; } = "";
    public long CreatedAt { get; set; }

    public static ClientRow From(Client client) => new()
    {
        Id = client.Id,
        SecretDigest = client.SecretDigest,
        RedirectUris = JsonSerializer.Serialize(client.RedirectUris),
        Admin = client.Admin,
        Name = client.Name,
        ClientUri = client.ClientUri,
        LogoUri = client.LogoUri,
        CreatedAt = client.CreatedAt.ToUnixTimeSeconds(),
    };

    public Client ToClient() => new()
    {
        Id = Id,
        SecretDigest = SecretDigest,
        RedirectUris = JsonSerializer.Deserialize<string[]>(RedirectUris) ?? [],
        Admin = Admin,
        Name = Name,
        ClientUri = ClientUri,
        LogoUri = LogoUri,
        CreatedAt = DateTimeOffset.FromUnixTimeSeconds(CreatedAt),
    };
}
