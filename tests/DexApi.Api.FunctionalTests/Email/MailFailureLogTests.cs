using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.RefreshTokens;

namespace DexApi.Api.FunctionalTests.Email;

/// <summary>A failed send is logged as a warning that names the user, never the link or its token.</summary>
[Collection(CapturedLogsDefinition.Name)]
public sealed class MailFailureLogTests : IAsyncLifetime
{
    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "dexapi-tests", "logs-" + Guid.NewGuid().ToString("N"));
    private DexApiFactory _factory = null!;

    private string LogPath => Path.Combine(_logDirectory, "dexapi.log");

    public Task InitializeAsync()
    {
        _factory = new DexApiFactory(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = LogPath,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = FakeSmtpServer.FreePort().ToString(),
            ["Email:Smtp:Security"] = "None",
            ["Email:Smtp:Timeout"] = "00:00:02",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task CreateUser_LogsAWarningWithoutTheLink_WhenSendingFails()
    {
        // Arrange
        var session = new ApiSession(_factory);
        var admin = await session.PasswordTokenAsync();

        // Act
        var created = await session.CreateUserAsync(admin, "log-the-failure@example.com");
        await _factory.DisposeAsync();
        var log = await File.ReadAllTextAsync(LogPath);

        // Assert
        var userId = created.GetProperty("user").GetProperty("id").GetString()!;
        var link = created.GetProperty("resetPasswordLink").GetString()!;
        var token = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var warning = Assert.Single(log.Split('\n'), line => line.Contains("[WRN] Could not send") && line.Contains("Invitation"));
        Assert.Contains(userId, warning);
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain(token[..40], log);
        Assert.DoesNotContain("accept-invitation?token", log);
    }
}
