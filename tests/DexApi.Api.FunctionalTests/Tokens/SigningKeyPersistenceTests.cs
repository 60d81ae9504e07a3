using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Infrastructure.Tokens;
using System.Data.Common;
using DexApi.TestDatabases;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>
/// Signing keys live in the database, sealed: a restarted service (or another node) on the same data keeps
/// accepting the tokens already out there, and the database file never holds a usable private key.
/// </summary>
public sealed class SigningKeyPersistenceTests : IAsyncLifetime
{
    // A folder of our own: DexApiFactory.DisposeAsync deletes only its own DataDirectory, never this one.
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dexapi-tests", Guid.NewGuid().ToString("N"));

    // On a database-server run both instances share this database, as they share the data folder otherwise.
    private readonly string? _sharedServerDatabase = TestDatabaseServer.Provider is not null ? TestDatabaseServer.CreateDatabase() : null;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (_sharedServerDatabase is not null)
        {
            TestDatabaseServer.DropDatabase(_sharedServerDatabase);
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task ListUsers_AcceptsTokenOfPreviousInstance_WhenRestartedOnSameDataDirectory()
    {
        // Arrange: the first instance issues a token and stops.
        string token;
        IReadOnlyList<string?> keyIdsBefore;
        await using (var first = NewFactory())
        {
            var session = new ApiSession(first);
            token = await session.PasswordTokenAsync();
            keyIdsBefore = await KeyIdsAsync(session);
        }

        Assert.True(
            _sharedServerDatabase is not null || File.Exists(Path.Combine(_dataDirectory, "dexapi.db")),
            "the first instance did not use the shared folder");

        // Act
        await using var second = NewFactory();
        var restarted = new ApiSession(second);
        var response = await restarted.SendAsync(HttpMethod.Get, "/api/v1/users", token);
        var keyIdsAfter = await KeyIdsAsync(restarted);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(keyIdsBefore, keyIdsAfter);
        Assert.Contains(JwtSegments.Header(token).GetProperty("kid").GetString(), keyIdsAfter);
    }

    [Fact]
    public async Task SigningKeys_AreStoredOnlySealed_WhenWrittenToDatabase()
    {
        // Arrange: the key the service signs with, as it holds it in memory.
        byte[] pkcs8;
        byte[] privateExponent;
        string keyId;
        await using (var factory = NewFactory())
        {
            var active = factory.Services.GetRequiredService<SigningKeyRing>().Active;
            pkcs8 = active.Rsa.ExportPkcs8PrivateKey();
            privateExponent = active.Rsa.ExportParameters(includePrivateParameters: true).D!;
            keyId = active.KeyId;
        }

        // Act
        var stored = ReadSigningKeys();
        // The database files themselves can be searched only for SQLite; a server keeps its own.
        var files = _sharedServerDatabase is null
            ? Directory.GetFiles(_dataDirectory, "dexapi.db*").Select(File.ReadAllBytes).ToList()
            : [];

        // Assert
        var (storedKeyId, protectedKey) = Assert.Single(stored);
        Assert.Equal(keyId, storedKeyId);
        Assert.DoesNotContain("PRIVATE KEY", protectedKey, StringComparison.OrdinalIgnoreCase);
        foreach (var candidate in DecodingsOf(protectedKey))
        {
            using var rsa = RSA.Create();
            Assert.ThrowsAny<CryptographicException>(() => rsa.ImportPkcs8PrivateKey(candidate, out _));
        }

        var pkcs8Base64 = Encoding.ASCII.GetBytes(Convert.ToBase64String(pkcs8));
        Assert.True(_sharedServerDatabase is not null || files.Count > 0, "no database file was read");
        foreach (var file in files)
        {
            Assert.Equal(-1, file.AsSpan().IndexOf(pkcs8));
            Assert.Equal(-1, file.AsSpan().IndexOf(privateExponent));
            Assert.Equal(-1, file.AsSpan().IndexOf(pkcs8Base64));
        }
    }

    private DexApiFactory NewFactory()
    {
        var settings = new Dictionary<string, string?> { ["Database:DataDirectory"] = _dataDirectory };
        if (_sharedServerDatabase is not null)
        {
            settings["Database:ConnectionString"] = _sharedServerDatabase;
        }

        return new DexApiFactory(settings);
    }

    private List<(string KeyId, string ProtectedKey)> ReadSigningKeys()
    {
        using DbConnection connection = _sharedServerDatabase is null
            ? new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "dexapi.db")};Mode=ReadOnly;Pooling=False")
            : TestDatabaseServer.Connect(_sharedServerDatabase);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, protected_private_key FROM signing_keys";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>The stored text as bytes, and its base64 decoding when it is base64.</summary>
    private static IEnumerable<byte[]> DecodingsOf(string stored)
    {
        yield return Encoding.UTF8.GetBytes(stored);
        var buffer = new byte[stored.Length];
        if (Convert.TryFromBase64String(stored, buffer, out var written))
        {
            yield return buffer[..written];
        }
    }

    private static async Task<IReadOnlyList<string?>> KeyIdsAsync(ApiSession session)
    {
        var keys = await session.Client.GetFromJsonAsync<JsonElement>("/keys");
        return keys.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).ToList();
    }
}
