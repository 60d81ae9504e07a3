using System.Data.Common;
using DexApi.Infrastructure.Hosting;
using DexApi.TestDatabases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Data.Sqlite;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The whole service on a fresh SQLite file of its own, with a known admin client and admin user.
/// Extra settings (for example a short token lifetime) can be passed in.
/// </summary>
public sealed class DexApiFactory(IReadOnlyDictionary<string, string?>? extraSettings = null)
    : WebApplicationFactory<Program>
{
    public const string Issuer = "http://dexapi.test";
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "correct horse battery staple";
    public const string AdminClientId = "admin-console@dexapi.test";
    public const string AdminClientSecret = "admin-console-secret-0123456789abcdef";
    public const string AdminRedirectUri = "https://console.example.com/callback";
    public const string SecondRedirectUri = "https://console.example.com/other";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "dexapi-tests", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The server database of this instance when the run targets a database server
    /// (<see cref="TestDatabaseServer"/>), else null: the service then uses a SQLite file in
    /// <see cref="DataDirectory"/>. A test that shares one database between two instances passes it in as
    /// <c>Database:ConnectionString</c>.
    /// </summary>
    public string? ServerConnectionString { get; } = TestDatabaseServer.Provider is not null
        ? (extraSettings?.GetValueOrDefault("Database:ConnectionString") ?? TestDatabaseServer.CreateDatabase())
        : null;

    private bool OwnsServerDatabase => ServerConnectionString is not null
        && extraSettings?.ContainsKey("Database:ConnectionString") != true;

    /// <summary>A connection to the service's database, for tests that check what was stored.</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        var connection = ServerConnectionString is null
            ? new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(DataDirectory, "dexapi.db"),
                Pooling = false,
                DefaultTimeout = 30,
            }.ConnectionString)
            : TestDatabaseServer.Connect(ServerConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public StringWriter ConsoleOutput { get; } = new();

    /// <summary>The service's clock; tests move it to expire links.</summary>
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Issuer"] = Issuer,
            ["Database:DataDirectory"] = DataDirectory,
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Bootstrap:AdminClientId"] = AdminClientId,
            ["Bootstrap:AdminClientSecret"] = AdminClientSecret,
            ["Bootstrap:AdminClientRedirectUris:0"] = AdminRedirectUri,
            ["Bootstrap:AdminClientRedirectUris:1"] = SecondRedirectUri,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (ServerConnectionString is not null)
        {
            settings["Database:Provider"] = TestDatabaseServer.Provider.ToString();
            settings["Database:ConnectionString"] = ServerConnectionString;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Added last, so these win over appsettings.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(new BootstrapReport(ConsoleOutput)));
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (OwnsServerDatabase)
        {
            TestDatabaseServer.DropDatabase(ServerConnectionString!);
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
