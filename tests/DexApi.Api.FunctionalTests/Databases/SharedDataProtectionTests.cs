using System.Net;
using Dapper;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.Passwords;
using DexApi.TestDatabases;
using Microsoft.Data.Sqlite;

namespace DexApi.Api.FunctionalTests.Databases;

/// <summary>
/// Two instances on one database and master key share the anti-forgery keys: a set-password form served by
/// one is accepted by the other, as behind a load balancer.
/// </summary>
public sealed class SharedDataProtectionTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dexapi-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _serverDatabase = TestDatabaseServer.Provider is not null ? TestDatabaseServer.CreateDatabase() : null;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (_serverDatabase is not null)
        {
            TestDatabaseServer.DropDatabase(_serverDatabase);
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task ResetPassword_AcceptsAFormServedByAnotherInstance_WhenBothShareTheDatabase()
    {
        // Arrange
        await using var nodeA = NewFactory();
        await using var nodeB = NewFactory();
        var sessionA = new ApiSession(nodeA);
        var admin = await sessionA.PasswordTokenAsync();
        var created = await sessionA.CreateUserAsync(admin, "two-nodes@example.com");
        var form = await PasswordForm.FromInvitationAsync(
            PasswordForm.NewBrowser(nodeA),
            created.GetProperty("resetPasswordLink").GetString()!);

        // Act
        var posted = await form.PostAsync(PasswordForm.NewBrowser(nodeB), "set on the other node");
        var keys = await ReadProtectedKeysAsync();

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.False(string.IsNullOrEmpty(await new ApiSession(nodeB).PasswordTokenAsync("two-nodes@example.com", "set on the other node")));
        var key = Assert.Single(keys);
        Assert.Contains("<dexapiEncryptedKey xmlns=\"\">", key);
        Assert.DoesNotContain("<masterKey", key);
    }

    private async Task<List<string>> ReadProtectedKeysAsync()
    {
        await using var connection = _serverDatabase is null
            ? new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "dexapi.db")};Pooling=False")
            : TestDatabaseServer.Connect(_serverDatabase);
        await connection.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT protected_xml FROM data_protection_keys")).ToList();
    }

    private DexApiFactory NewFactory()
    {
        var settings = new Dictionary<string, string?> { ["Database:DataDirectory"] = _dataDirectory };
        if (_serverDatabase is not null)
        {
            settings["Database:ConnectionString"] = _serverDatabase;
        }

        return new DexApiFactory(settings);
    }
}
