using System.Net;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class ResendInvitationTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const string InvalidRedirectUrl = "The provided redirect URL is invalid for the given client";
    private const string UnknownId = "00000000-0000-4000-8000-000000000000";

    private readonly ApiSession _session = fixture.Session;

    [Theory]
    [InlineData(DexApiFactory.AdminRedirectUri)]
    [InlineData(DexApiFactory.SecondRedirectUri)]
    public async Task Resend_Returns200WithLink_WhenUserIsUnverified(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"resend-{Guid.NewGuid():N}@example.com", emailVerified: false);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = redirectUrl });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var link = body["resetPasswordLink"]?.GetValue<string>();
        Assert.Matches($"^{DexApiFactory.Issuer}/accept-invitation\\?token=[A-Za-z0-9_.%-]+$", link);
        ResponseAssert.Equal(new JsonObject { ["emailSent"] = false, ["resetPasswordLink"] = link }, body);
    }

    [Fact]
    public async Task Resend_LeavesUserUnchanged_WhenItSucceeds()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, "resend-unchanged@example.com", emailVerified: false);
        var before = await UsersTable.FindByIdAsync(fixture.Factory, id);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(before, await UsersTable.FindByIdAsync(fixture.Factory, id));
    }

    [Fact]
    public async Task Resend_Returns400VerifiedEmail_WhenEmailIsVerified()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, "resend-verified@example.com", emailVerified: true);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "verified_email", "Email already verified.");
    }

    [Fact]
    public async Task Resend_Returns404ResourceNotFound_WhenUserIsUnknown()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(UnknownId), token, new { redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }

    [Theory]
    [InlineData("https://console.example.com/callback/")]
    [InlineData("https://Console.example.com/callback")]
    [InlineData("https://console.example.com/callback?extra=1")]
    [InlineData("https://evil.example.com/callback")]
    public async Task Resend_Returns400InvalidRedirectUrl_WhenUrlIsNotExactlyRegistered(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"resend-bad-redirect-{Guid.NewGuid():N}@example.com", emailVerified: false);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = redirectUrl });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"redirectURL":null}""")]
    [InlineData("""{"redirectURL":""}""")]
    public async Task Resend_Returns400InvalidRedirectUrl_WhenRedirectUrlIsMissingOrEmpty(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"resend-no-redirect-{Guid.NewGuid():N}@example.com", emailVerified: false);

        // Act
        var response = await _session.PostRawAsync(ResendPath(id), token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
    }

    [Theory]
    [InlineData(UnknownId)]
    [InlineData("verified")]
    public async Task Resend_Returns400InvalidRedirectUrl_WhenRedirectIsBadAndUserIsUnknownOrVerified(string which)
    {
        // Arrange: Dex checked the redirect URL before it looked the user up.
        var token = await fixture.AdminTokenAsync();
        var id = which == UnknownId
            ? UnknownId
            : await CreateUserAsync(token, "resend-precedence-verified@example.com", emailVerified: true);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = "https://evil.example.com/" });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
    }

    [Theory]
    [InlineData("http://[::1")]
    [InlineData("http://exa mple.com/callback")]
    public async Task Resend_Returns400InvalidRequest_WhenRedirectUrlDoesNotParse(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"resend-unparsable-{Guid.NewGuid():N}@example.com", emailVerified: false);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, ResendPath(id), token, new { redirectURL = redirectUrl });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "redirectURL must be a valid URL");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"redirectURL":42}""")]
    [InlineData("""{"redirectURL":["https://console.example.com/callback"]}""")]
    public async Task Resend_Returns400CannotParseJsonBody_WhenBodyIsMalformed(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"resend-malformed-{Guid.NewGuid():N}@example.com", emailVerified: false);

        // Act
        var response = await _session.PostRawAsync(ResendPath(id), token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "cannot parse JSON body");
    }

    private static string ResendPath(string id) => $"/api/v1/users/{id}/resend-invitation";

    private async Task<string> CreateUserAsync(string token, string email, bool emailVerified)
    {
        var created = await _session.CreateUserAsync(token, email, emailVerified: emailVerified);
        return created.GetProperty("user").GetProperty("id").GetString()!;
    }
}
