using System.Xml.Linq;
using Dapper;
using DexApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DexApi.Infrastructure.Security;

/// <summary>
/// Keeps ASP.NET Core's Data Protection keys in the database, so that every node reads the anti-forgery
/// tokens every other node wrote. The keys arrive here already encrypted by <see cref="MasterKeyXmlEncryptor"/>.
/// </summary>
public sealed class DataProtectionKeyRepository(SqlRunner sql) : IXmlRepository
{
    private const string SelectAll = "SELECT protected_xml FROM data_protection_keys";

    private const string Insert = """
        INSERT INTO data_protection_keys (friendly_name, protected_xml) VALUES (@FriendlyName, @ProtectedXml)
        """;

    // Note: the interface is synchronous. Data Protection calls it rarely (when it first needs the key ring
    // and when it rolls a key, about every 90 days) and caches what it reads.
    public IReadOnlyCollection<XElement> GetAllElements()
        => sql.RunAsync(async connection => (await connection.QueryAsync<string>(SelectAll))
                .Select(xml => XElement.Parse(xml))
                .ToList(), CancellationToken.None)
            .GetAwaiter()
            .GetResult();

    public void StoreElement(XElement element, string friendlyName)
        => sql.WriteAsync(
                connection => connection.ExecuteAsync(
                    Insert,
                    new { FriendlyName = friendlyName, ProtectedXml = element.ToString(SaveOptions.DisableFormatting) }),
                CancellationToken.None)
            .GetAwaiter()
            .GetResult();
}
