using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.Passwords;
using Dapper;

namespace DexApi.Api.FunctionalTests.Email;

public sealed class ForgottenPasswordTests : IAsyncLifetime
{
    private const string SentPage = "If an account exists for that address, a link to reset its password is on its way.";

    private readonly FakeSmtpServer _smtp = new();
    private DexApiFactory _factory = null!;
    private ApiSession _session = null!;

    public Task InitializeAsync()
    {
        var settings = _smtp.Settings();
        settings["RateLimits:PasswordResetsPerAddressPerHour"] = "3";
        settings["RateLimits:MailPagePostsPerIpPerMinute"] = "100";
        _factory = new DexApiFactory(settings);
        _session = new ApiSession(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task SendResetPassword_MailsALinkThatSetsANewPassword_WhenAccountExists()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        var answer = await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail);
        var mail = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        var set = await _session.SubmitPasswordFormAsync(MailFlows.LinkIn(mail), "a brand new admin password");

        // Assert
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(SentPage, await answer.Content.ReadAsStringAsync());
        Assert.Equal("Reset Your Password", mail.Subject);
        Assert.Equal(DexApiFactory.AdminEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("/reset-password?token=", mail.HtmlBody);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Your password has been set", await set.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(await _session.PasswordTokenAsync(password: "a brand new admin password")));
    }

    [Fact]
    public async Task SendResetPassword_AnswersTheSameAndSendsNothing_WhenAccountDoesNotExist()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var known = await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail);
        await _smtp.WaitForMessagesAsync(1);

        // Act
        var unknown = await MailFlows.AskForResetAsync(browser, "nobody@example.com");
        await Task.Delay(500);

        // Assert
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            await known.Content.ReadAsStringAsync(),
            (await unknown.Content.ReadAsStringAsync()).Replace("nobody@example.com", DexApiFactory.AdminEmail));
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task ResetLink_FailsTheSecondTime_WhenItWasAlreadyUsed()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail);
        var link = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));
        var first = await _session.SubmitPasswordFormAsync(link, "the first new password");

        // Act
        var second = await browser.GetAsync(link);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("This link has already been used", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ResetLink_Fails_WhenItHasExpired()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail);
        var link = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));

        // Act
        _factory.Clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        var expired = await browser.GetAsync(link);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("This link is invalid or has expired.", await expired.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("short", "The password must be at least 8 characters long.")]
    [InlineData("password1", "This password is too common. Please choose another.")]
    [InlineData("ILOVEYOU", "This password is too common. Please choose another.")]
    [InlineData("Admin@Example.com", "The password must not be your email address.")]
    public async Task ResetPassword_KeepsTheFormAndTheLink_WhenPasswordIsRefused(string password, string message)
    {
        // Arrange
        var browser = PasswordForm.NewBrowser(_factory);
        await MailFlows.AskForResetAsync(_factory.CreateClient(), DexApiFactory.AdminEmail);
        var link = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));
        var form = await PasswordForm.LoadAsync(browser, link);

        // Act
        var refused = await form.PostAsync(browser, password);
        var accepted = await form.PostAsync(browser, "an acceptable password");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task SendResetPassword_Returns400AndSendsNothing_WhenAntiForgeryTokenIsMissing()
    {
        // Arrange: a post from another site carries no anti-forgery field or cookie.
        var browser = PasswordForm.NewBrowser(_factory);

        // Act
        var response = await browser.PostAsync("/send-reset-password", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["email"] = DexApiFactory.AdminEmail }));
        await Task.Delay(500);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task SendResetPassword_Returns429_WhenOneAddressAsksTooOften()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await MailFlows.AskForResetAsync(browser, "someone@example.com")).StatusCode);
        }

        // Act
        var limited = await MailFlows.AskForResetAsync(browser, "SOMEONE@example.com");
        var otherAddress = await MailFlows.AskForResetAsync(browser, "someone-else@example.com");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task SendResetPassword_Returns429_WhenOneClientIpPostsTooOften()
    {
        // Arrange
        var settings = _smtp.Settings();
        settings["RateLimits:MailPagePostsPerIpPerMinute"] = "2";
        await using var factory = new DexApiFactory(settings);
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act: different addresses, one client.
        var first = await MailFlows.AskForResetAsync(browser, "one@example.com");
        var second = await MailFlows.AskForResetAsync(browser, "two@example.com");
        var third = await MailFlows.AskForResetAsync(browser, "three@example.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many requests", await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ResetLink_LeadsToTheClientsRedirectUri_WhenThePageNamedOne()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var query = $"?client_id={Uri.EscapeDataString(DexApiFactory.AdminClientId)}"
            + $"&redirect_uri={Uri.EscapeDataString(DexApiFactory.SecondRedirectUri)}";
        await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail, query);
        var link = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));

        // Act
        var set = await _session.SubmitPasswordFormAsync(link, "redirected new password");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, set.StatusCode);
        Assert.Equal(DexApiFactory.SecondRedirectUri, set.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SendResetPassword_Returns400_WhenRedirectUriIsNotTheClients()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var query = $"?client_id={Uri.EscapeDataString(DexApiFactory.AdminClientId)}"
            + "&redirect_uri=https%3A%2F%2Fevil.example.com%2F";

        // Act
        var response = await MailFlows.AskForResetAsync(browser, DexApiFactory.AdminEmail, query);
        await Task.Delay(500);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task SendResetPassword_SendsNothing_WhenUserIsDisabled()
    {
        // Arrange
        var admin = await _session.PasswordTokenAsync();
        var created = await _session.CreateUserAsync(admin, "disabled-reset@example.com");
        await _smtp.WaitForMessagesAsync(1);
        var id = created.GetProperty("user").GetProperty("id").GetString();
        await _session.SendAsync(HttpMethod.Post, $"/api/v1/users/{id}/disable", admin, new { disable = true });
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        var response = await MailFlows.AskForResetAsync(browser, "disabled-reset@example.com");
        await Task.Delay(500);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_smtp.Messages);
    }

    internal static async Task MarkUnverifiedAsync(DexApiFactory factory, string email)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var changed = await connection.ExecuteAsync(
            "UPDATE users SET email_verified = @Verified WHERE email = @Email",
            new { Verified = false, Email = email });
        Assert.Equal(1, changed);
    }
}
