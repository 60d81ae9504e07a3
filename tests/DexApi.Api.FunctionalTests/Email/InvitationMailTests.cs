using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Email;

public sealed class InvitationMailTests : IAsyncLifetime
{
    private readonly FakeSmtpServer _smtp = new();
    private DexApiFactory _factory = null!;
    private ApiSession _session = null!;

    public Task InitializeAsync()
    {
        _factory = new DexApiFactory(_smtp.Settings(TimeSpan.FromSeconds(1)));
        _session = new ApiSession(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task CreateUser_MailsAWorkingInvitation_WhenSmtpIsConfigured()
    {
        // Arrange
        var admin = await _session.PasswordTokenAsync();

        // Act
        var created = await _session.CreateUserAsync(admin, "Mail.Me@Example.com");
        var mail = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        var accepted = await _session.AcceptInvitationAsync(DexApiFactory.Issuer + MailFlows.LinkIn(mail), "a mailed password");

        // Assert
        Assert.True(created.GetProperty("emailSent").GetBoolean());
        Assert.False(created.TryGetProperty("resetPasswordLink", out _));
        Assert.Equal("mail.me@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("no-reply@dexapi.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("Activate Your Account", mail.Subject);
        Assert.Contains($"{DexApiFactory.Issuer}/accept-invitation?token=", mail.TextBody);
        Assert.Contains("mail.me@example.com", mail.HtmlBody);
        Assert.Contains($"href=\"{DexApiFactory.Issuer}/accept-invitation?token=", mail.HtmlBody);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal(DexApiFactory.AdminRedirectUri, accepted.Headers.Location!.OriginalString);
        Assert.False(string.IsNullOrEmpty(await _session.PasswordTokenAsync("mail.me@example.com", "a mailed password")));
    }

    [Fact]
    public async Task CreateUser_EscapesInsertedValuesInHtml_WhenDisplayNameHoldsMarkup()
    {
        // Arrange
        var admin = await _session.PasswordTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", admin, new
        {
            user = new { email = "o'brien+tag@example.com", displayName = "<b>Bold</b>" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });
        var mail = Assert.Single(await _smtp.WaitForMessagesAsync(1));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("o&#39;brien+tag@example.com", mail.HtmlBody);
        Assert.DoesNotContain("o'brien+tag@example.com", mail.HtmlBody);
        Assert.Contains("o'brien+tag@example.com", mail.TextBody);
    }

    [Fact]
    public async Task ResendInvitation_MailsANewLink_WhenUserIsUnverified()
    {
        // Arrange
        var admin = await _session.PasswordTokenAsync();
        var created = await _session.CreateUserAsync(admin, "resend-mail@example.com");
        var id = created.GetProperty("user").GetProperty("id").GetString();

        // Act
        var response = await _session.SendAsync(
            HttpMethod.Post,
            $"/api/v1/users/{id}/resend-invitation",
            admin,
            new { redirectURL = DexApiFactory.AdminRedirectUri });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mails = await _smtp.WaitForMessagesAsync(2);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"emailSent":true}""", body.GetRawText());
        Assert.All(mails, mail => Assert.Equal("resend-mail@example.com", Assert.Single(mail.To.Mailboxes).Address));
    }

    [Fact]
    public async Task CreateUser_UsesTemplatesFromTheConfiguredFolder_WhenTheyExist()
    {
        // Arrange: only the text part is replaced; the HTML part stays built in.
        var folder = Path.Combine(Path.GetTempPath(), "dexapi-tests", "templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(
            Path.Combine(folder, "invitation.txt"),
            "Hello {{email}} from {{issuer_name}}: {{link}} {{unknown}}");
        var settings = _smtp.Settings();
        settings["Email:TemplatesDirectory"] = folder;
        settings["Email:IssuerName"] = "Example Corp";
        await using var factory = new DexApiFactory(settings);
        var session = new ApiSession(factory);
        var admin = await session.PasswordTokenAsync();

        try
        {
            // Act
            await session.CreateUserAsync(admin, "templated@example.com");
            var mail = Assert.Single(await _smtp.WaitForMessagesAsync(1));

            // Assert
            Assert.StartsWith(
                $"Hello templated@example.com from Example Corp: {DexApiFactory.Issuer}/accept-invitation?token=",
                mail.TextBody);
            Assert.EndsWith("{{unknown}}", mail.TextBody!.Trim());
            Assert.Contains("Welcome to Example Corp!", mail.HtmlBody);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
