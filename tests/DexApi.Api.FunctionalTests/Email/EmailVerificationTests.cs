using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Email;

/// <summary>A user who has a password but no verified email gets a verification link, not an invitation.</summary>
public sealed class EmailVerificationTests : IAsyncLifetime
{
    private readonly FakeSmtpServer _smtp = new();
    private DexApiFactory _factory = null!;
    private ApiSession _session = null!;

    public Task InitializeAsync()
    {
        _factory = new DexApiFactory(_smtp.Settings());
        _session = new ApiSession(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task VerifyEmail_VerifiesOnceAndRedirects_WhenUserWithPasswordIsUnverified()
    {
        // Arrange: a user who set a password, whose address then needs verifying again (as after an import).
        var admin = await _session.PasswordTokenAsync();
        var created = await _session.CreateUserAsync(admin, "verify-me@example.com");
        var id = created.GetProperty("user").GetProperty("id").GetString();
        var invitation = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));
        await _session.AcceptInvitationAsync(DexApiFactory.Issuer + invitation, "verify me password");
        await ForgottenPasswordTests.MarkUnverifiedAsync(_factory, "verify-me@example.com");

        // Act
        var resend = await _session.SendAsync(
            HttpMethod.Post,
            $"/api/v1/users/{id}/resend-invitation",
            admin,
            new { redirectURL = DexApiFactory.SecondRedirectUri });
        var mail = (await _smtp.WaitForMessagesAsync(2))[1];
        var link = MailFlows.LinkIn(mail);
        var first = await _session.Client.GetAsync(link);
        var row = await UsersTable.FindByEmailAsync(_factory, "verify-me@example.com");
        var second = await _session.Client.GetAsync(link);

        // Assert
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        Assert.Equal("Please verify your email address.", mail.Subject);
        Assert.StartsWith("/verify-email?token=", link);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(DexApiFactory.SecondRedirectUri, first.Headers.Location!.OriginalString);
        Assert.Equal(1L, row!.EmailVerified);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already verified", await second.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(await _session.PasswordTokenAsync("verify-me@example.com", "verify me password")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")]
    public async Task VerifyEmail_Returns400_WhenTokenIsInvalid(string token)
    {
        // Act
        var response = await _session.Client.GetAsync($"/verify-email?token={token}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link is invalid or has expired.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VerifyEmail_Returns400_WhenGivenAnInvitationToken()
    {
        // Arrange
        var admin = await _session.PasswordTokenAsync();
        await _session.CreateUserAsync(admin, "wrong-kind@example.com");
        var invitation = MailFlows.LinkIn(Assert.Single(await _smtp.WaitForMessagesAsync(1)));
        var token = invitation[(invitation.IndexOf('=', StringComparison.Ordinal) + 1)..];

        // Act
        var response = await _session.Client.GetAsync($"/verify-email?token={token}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
