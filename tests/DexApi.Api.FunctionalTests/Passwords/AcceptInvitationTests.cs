using System.Net;
using System.Security.Cryptography;
using DexApi.Api.FunctionalTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Passwords;

public sealed class AcceptInvitationTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private readonly ApiSession _session = fixture.Session;
    private readonly HttpClient _browser = PasswordForm.NewBrowser(fixture.Factory);

    [Theory]
    [InlineData(DexApiFactory.AdminRedirectUri)]
    [InlineData(DexApiFactory.SecondRedirectUri)]
    public async Task AcceptInvitation_LeadsToRedirectUrlAndEnablesPasswordGrant_WhenPasswordIsSet(string redirectUrl)
    {
        // Arrange
        var email = $"invitee-{Guid.NewGuid():N}@example.com";
        var link = await InviteAsync(email, redirectUrl);
        var before = await _session.RequestTokenAsync(PasswordGrant(email, "invitee password 1"));

        // Act
        var accept = await _browser.GetAsync(new Uri(link).PathAndQuery);
        var form = await PasswordForm.LoadAsync(_browser, "/" + accept.Headers.Location!.OriginalString);
        var set = await form.PostAsync(_browser, "invitee password 1");
        var grant = await _session.RequestTokenAsync(PasswordGrant(email, "invitee password 1"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        Assert.StartsWith("reset-password?token=", accept.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, set.StatusCode);
        Assert.Equal(redirectUrl, set.Headers.Location!.OriginalString);
        var granted = await ResponseAssert.JsonAsync(grant, HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(granted["access_token"]?.GetValue<string>()));
        var row = await UsersTable.FindByEmailAsync(fixture.Factory, email);
        Assert.Equal((1L, 1L), (row!.EmailVerified, row.PasswordVersion));
        Assert.NotNull(row.PasswordHash);
    }

    [Fact]
    public async Task AcceptInvitation_MarksEmailVerified_WhenLinkIsFollowedBeforeAnyPasswordIsSet()
    {
        // Arrange
        var email = "verified-by-link@example.com";
        var link = await InviteAsync(email);

        // Act
        var accept = await _browser.GetAsync(new Uri(link).PathAndQuery);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        var row = await UsersTable.FindByEmailAsync(fixture.Factory, email);
        Assert.Equal((1L, 0L), (row!.EmailVerified, row.PasswordVersion));
        Assert.Null(row.PasswordHash);
    }

    [Fact]
    public async Task AcceptInvitation_Returns400_WhenLinkIsUsedAgainAfterPasswordWasSet()
    {
        // Arrange
        var email = "used-twice@example.com";
        var link = await InviteAsync(email);
        var first = await _session.AcceptInvitationAsync(link, "first password here");
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var rowAfterFirst = await UsersTable.FindByEmailAsync(fixture.Factory, email);

        // Act
        var second = await _browser.GetAsync(new Uri(link).PathAndQuery);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Location);
        Assert.Contains("This link has already been used", await second.Content.ReadAsStringAsync());
        Assert.Equal(rowAfterFirst, await UsersTable.FindByEmailAsync(fixture.Factory, email));
    }

    [Fact]
    public async Task ResendInvitation_Returns400VerifiedEmail_WhenInvitationWasAccepted()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var created = await _session.CreateUserAsync(token, "accepted-then-resent@example.com");
        var id = created.GetProperty("user").GetProperty("id").GetString()!;
        await _session.AcceptInvitationAsync(created.GetProperty("resetPasswordLink").GetString()!, "accepted password");

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, $"/api/v1/users/{id}/resend-invitation", token, new { redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "verified_email", "Email already verified.");
    }

    [Fact]
    public async Task AcceptInvitation_RefusesEveryOtherLink_WhenOneOfThreeLinksSetThePassword()
    {
        // Arrange: three links (create, then two resends), all issued before any is used.
        var token = await fixture.AdminTokenAsync();
        var email = "three-links@example.com";
        var created = await _session.CreateUserAsync(token, email);
        var id = created.GetProperty("user").GetProperty("id").GetString()!;
        var link1 = created.GetProperty("resetPasswordLink").GetString()!;
        var link2 = await ResendAsync(token, id, DexApiFactory.SecondRedirectUri);
        var link3 = await ResendAsync(token, id, DexApiFactory.AdminRedirectUri);
        Assert.NotEqual(link1, link2);
        // The form reached through link 1 is open in another tab while link 2 is used.
        var formFromLink1 = await PasswordForm.FromInvitationAsync(_browser, link1);

        // Act
        var used = await _session.AcceptInvitationAsync(link2, "password via link two");
        var again1 = await _browser.GetAsync(new Uri(link1).PathAndQuery);
        var again3 = await _browser.GetAsync(new Uri(link3).PathAndQuery);
        var staleForm = await formFromLink1.PostAsync(_browser, "password via stale form");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, used.StatusCode);
        Assert.Equal(DexApiFactory.SecondRedirectUri, used.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again1.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again3.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, staleForm.StatusCode);
        Assert.Null(staleForm.Headers.Location);
        Assert.Equal(1L, (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.PasswordVersion);
        Assert.Equal(HttpStatusCode.OK, (await _session.RequestTokenAsync(PasswordGrant(email, "password via link two"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _session.RequestTokenAsync(PasswordGrant(email, "password via stale form"))).StatusCode);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("flipped-signature")]
    [InlineData("flipped-payload")]
    [InlineData("admin-access-token")]
    [InlineData("rs256-with-service-key")]
    [InlineData("hs256-with-other-key")]
    public async Task AcceptInvitation_Returns400AndVerifiesNothing_WhenTokenIsInvalidOrForged(string kind)
    {
        // Arrange
        var email = $"forged-{kind}@example.com";
        var link = await InviteAsync(email);
        var genuine = Uri.UnescapeDataString(new Uri(link).Query["?token=".Length..]);
        var userId = (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.Id;
        var token = await BadTokenAsync(kind, genuine, userId, email, purpose: "invitation");

        // Act
        var response = await _browser.GetAsync(token is null ? "/accept-invitation" : $"/accept-invitation?token={Uri.EscapeDataString(token)}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.EmailVerified);
    }

    [Fact]
    public async Task AcceptInvitation_Returns400_WhenGivenTheResetTokenAnInvitationLedTo()
    {
        // Arrange: a genuine token of the service, but for setting a password, not for accepting.
        var link = await InviteAsync("reset-token-as-invitation@example.com");
        var accept = await _browser.GetAsync(new Uri(link).PathAndQuery);
        var resetToken = Uri.UnescapeDataString(accept.Headers.Location!.OriginalString["reset-password?token=".Length..]);

        // Act
        var response = await _browser.GetAsync($"/accept-invitation?token={Uri.EscapeDataString(resetToken)}");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("garbage")]
    [InlineData("flipped-signature")]
    [InlineData("admin-access-token")]
    [InlineData("rs256-with-service-key")]
    [InlineData("hs256-with-other-key")]
    [InlineData("invitation-token-instead")]
    public async Task ResetPasswordPage_Returns400WithoutForm_WhenTokenIsInvalidOrForged(string kind)
    {
        // Arrange
        var email = $"forged-reset-{kind}@example.com";
        var link = await InviteAsync(email);
        var accept = await _browser.GetAsync(new Uri(link).PathAndQuery);
        var genuine = Uri.UnescapeDataString(accept.Headers.Location!.OriginalString["reset-password?token=".Length..]);
        var invitation = Uri.UnescapeDataString(new Uri(link).Query["?token=".Length..]);
        var userId = (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.Id;
        var token = kind == "invitation-token-instead"
            ? invitation
            : await BadTokenAsync(kind, genuine, userId, email, purpose: "passwordreset");

        // Act
        var response = await _browser.GetAsync(token is null ? "/reset-password" : $"/reset-password?token={Uri.EscapeDataString(token)}");

        // Assert
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("resetPasswordForm", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
    }

    private static (string, string)[] PasswordGrant(string email, string password) =>
    [
        ("grant_type", "password"),
        ("username", email),
        ("password", password),
        ("client_id", DexApiFactory.AdminClientId),
        ("client_secret", DexApiFactory.AdminClientSecret),
    ];

    private async Task<string> InviteAsync(string email, string redirectUrl = DexApiFactory.AdminRedirectUri)
    {
        var token = await fixture.AdminTokenAsync();
        var response = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new { user = new { email }, redirectURL = redirectUrl });
        return (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["resetPasswordLink"]!.GetValue<string>();
    }

    private async Task<string> ResendAsync(string token, string id, string redirectUrl)
    {
        var response = await _session.SendAsync(HttpMethod.Post, $"/api/v1/users/{id}/resend-invitation", token, new { redirectURL = redirectUrl });
        return (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["resetPasswordLink"]!.GetValue<string>();
    }

    /// <summary>A token that must not be accepted, made from a genuine one or from scratch.</summary>
    private async Task<string?> BadTokenAsync(string kind, string genuine, string userId, string email, string purpose)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["iss"] = DexApiFactory.Issuer,
            ["aud"] = $"dexapi:{purpose}",
            ["sub"] = userId,
            ["email"] = email,
            ["pwv"] = 0,
            ["cid"] = DexApiFactory.AdminClientId,
            ["redirect"] = DexApiFactory.AdminRedirectUri,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        var parts = genuine.Split('.');
        return kind switch
        {
            "missing" => null,
            "empty" => "",
            "garbage" => "not-a-token",
            "flipped-signature" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            "flipped-payload" => $"{parts[0]}.{Flip(parts[1])}.{parts[2]}",
            "admin-access-token" => await fixture.AdminTokenAsync(),
            "rs256-with-service-key" => TokenForge.SignWithServiceKey(fixture.Factory, claims, "dexapi-action+jwt"),
            "hs256-with-other-key" => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
            {
                Claims = claims,
                TokenType = "dexapi-action+jwt",
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string Flip(string part)
    {
        var index = part.Length / 2;
        return string.Concat(part.AsSpan(0, index), part[index] == 'A' ? "B" : "A", part.AsSpan(index + 1));
    }
}
