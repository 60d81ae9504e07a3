using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Email;

/// <summary>When mail cannot go out the user still exists and the admin gets the link instead.</summary>
public sealed class MailFailureTests
{
    [Fact]
    public async Task CreateUser_ReturnsTheLink_WhenSmtpServerIsDown()
    {
        // Arrange: a port where nothing listens.
        var settings = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = FakeSmtpServer.FreePort().ToString(),
            ["Email:Smtp:Security"] = "None",
            ["Email:Smtp:Timeout"] = "00:00:02",
        };
        await using var factory = new DexApiFactory(settings);
        var session = new ApiSession(factory);
        var admin = await session.PasswordTokenAsync();

        // Act
        var created = await session.CreateUserAsync(admin, "smtp-down@example.com");

        // Assert
        AssertLinkReturnedInsteadOfMail(created);
        Assert.NotNull(await UsersTable.FindByEmailAsync(factory, "smtp-down@example.com"));
    }

    [Fact]
    public async Task CreateUser_ReturnsTheLinkInTime_WhenSmtpServerIsSlowerThanTheTimeout()
    {
        // Arrange
        await using var smtp = new FakeSmtpServer { Delay = TimeSpan.FromSeconds(10) };
        await using var factory = new DexApiFactory(smtp.Settings(TimeSpan.FromSeconds(1)));
        var session = new ApiSession(factory);
        var admin = await session.PasswordTokenAsync();
        var started = DateTime.UtcNow;

        // Act
        var created = await session.CreateUserAsync(admin, "smtp-slow@example.com");
        var elapsed = DateTime.UtcNow - started;

        // Assert: the answer came with the link, long before the server would have accepted the mail.
        AssertLinkReturnedInsteadOfMail(created);
        Assert.True(elapsed < TimeSpan.FromSeconds(8), $"the request waited {elapsed} for a 10 s server");
        Assert.NotNull(await UsersTable.FindByEmailAsync(factory, "smtp-slow@example.com"));
    }

    private static void AssertLinkReturnedInsteadOfMail(JsonElement created)
    {
        Assert.False(created.GetProperty("emailSent").GetBoolean());
        Assert.StartsWith(
            $"{DexApiFactory.Issuer}/accept-invitation?token=",
            created.GetProperty("resetPasswordLink").GetString());
    }
}
