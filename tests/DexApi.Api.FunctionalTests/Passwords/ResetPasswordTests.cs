using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Passwords;

public sealed class ResetPasswordTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const string TooShort = "The password must be at least 8 characters long.";

    private readonly ApiSession _session = fixture.Session;
    private readonly HttpClient _browser = PasswordForm.NewBrowser(fixture.Factory);

    [Fact]
    public async Task ResetPassword_ShowsFormAgainWith400_WhenPasswordIsSevenCharacters_AndTheLinkStillWorks()
    {
        // Arrange
        var email = "short-password@example.com";
        var form = await OpenFormAsync(email);

        // Act
        var rejected = await form.PostAsync(_browser, "1234567");
        var html = await rejected.Content.ReadAsStringAsync();
        var retry = PasswordForm.FromHtml(html, rejected) with { AntiForgeryCookie = form.AntiForgeryCookie };
        var rowAfterRejection = await UsersTable.FindByEmailAsync(fixture.Factory, email);
        var accepted = await retry.PostAsync(_browser, "tulip-42");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains(TooShort, html);
        Assert.Contains("id=\"resetPasswordForm\"", html);
        Assert.Equal(form.Token, retry.Token);
        Assert.Null(rowAfterRejection!.PasswordHash);
        Assert.Equal(0L, rowAfterRejection.PasswordVersion);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal(DexApiFactory.AdminRedirectUri, accepted.Headers.Location!.OriginalString);
        Assert.Equal(1L, (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.PasswordVersion);
        Assert.Equal(HttpStatusCode.OK, (await _session.RequestTokenAsync(Grant(email, "tulip-42"))).StatusCode);
    }

    [Theory]
    [InlineData("", TooShort)]
    [InlineData("short", TooShort)]
    [InlineData("1234567", TooShort)]
    [InlineData(null, "The password must be at most 128 characters long.")]
    public async Task ResetPassword_Returns400AndSetsNothing_WhenPasswordLengthIsOutOfRange(string? password, string message)
    {
        // Arrange
        var email = $"length-{Guid.NewGuid():N}@example.com";
        var form = await OpenFormAsync(email);

        // Act
        var response = await form.PostAsync(_browser, password ?? new string('p', 129));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Null((await UsersTable.FindByEmailAsync(fixture.Factory, email))!.PasswordHash);
    }

    [Fact]
    public async Task ResetPassword_Accepts128Characters_WhenPasswordIsAtTheLimit()
    {
        // Arrange
        var email = "longest-password@example.com";
        var password = new string('p', 128);
        var form = await OpenFormAsync(email);

        // Act
        var response = await form.PostAsync(_browser, password);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _session.RequestTokenAsync(Grant(email, password))).StatusCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task ResetPassword_Returns400AndSetsNoPassword_WhenAntiForgeryPartIsMissing(bool withField, bool withCookie)
    {
        // Arrange
        var email = $"no-antiforgery-{withField}-{withCookie}@example.com".ToLowerInvariant();
        var form = await OpenFormAsync(email);

        // Act
        var refused = await form.PostAsync(_browser, "attacker chosen password", withField, withCookie);
        var rowAfterRefusal = await UsersTable.FindByEmailAsync(fixture.Factory, email);
        var genuine = await form.PostAsync(_browser, "the user's own password");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.Null(rowAfterRefusal!.PasswordHash);
        Assert.Equal(0L, rowAfterRefusal.PasswordVersion);
        Assert.Equal(HttpStatusCode.SeeOther, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _session.RequestTokenAsync(Grant(email, "attacker chosen password"))).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_Returns400AndSetsNoPassword_WhenAntiForgeryFieldComesFromAnotherBrowser()
    {
        // Arrange: the victim's browser holds its cookie; the attacker's page carries the attacker's field.
        var victim = await OpenFormAsync("csrf-victim@example.com");
        var attacker = await OpenFormAsync("csrf-attacker@example.com");
        Assert.NotEqual(victim.AntiForgeryCookie, attacker.AntiForgeryCookie);

        // Act
        var response = await (victim with { AntiForgeryField = attacker.AntiForgeryField }).PostAsync(_browser, "attacker chosen password");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await UsersTable.FindByEmailAsync(fixture.Factory, "csrf-victim@example.com"))!.PasswordHash);
    }

    [Fact]
    public async Task ResetPassword_Returns400AndKeepsFirstPassword_WhenTheSameFormIsPostedAgain()
    {
        // Arrange
        var email = "posted-twice@example.com";
        var form = await OpenFormAsync(email);
        var first = await form.PostAsync(_browser, "the first password");

        // Act
        var second = await form.PostAsync(_browser, "the second password");
        var reopened = await _browser.GetAsync($"/reset-password?token={Uri.EscapeDataString(form.Token)}");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Location);
        Assert.DoesNotContain("resetPasswordForm", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, reopened.StatusCode);
        Assert.Equal(1L, (await UsersTable.FindByEmailAsync(fixture.Factory, email))!.PasswordVersion);
        Assert.Equal(HttpStatusCode.OK, (await _session.RequestTokenAsync(Grant(email, "the first password"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _session.RequestTokenAsync(Grant(email, "the second password"))).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task ResetPassword_Returns400AndSetsNothing_WhenPostedTokenIsInvalid(string token)
    {
        // Arrange
        var email = $"posted-bad-token-{token.Length}@example.com";
        var form = await OpenFormAsync(email);

        // Act
        var response = await form.PostAsync(_browser, "a fine password", token: token);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("resetPasswordForm", await response.Content.ReadAsStringAsync());
        Assert.Null((await UsersTable.FindByEmailAsync(fixture.Factory, email))!.PasswordHash);
    }

    [Fact]
    public async Task PasswordPages_SendNoStoreAndNoReferrer_OnEveryResponse()
    {
        // Arrange
        var link = await InviteAsync("headers@example.com");

        // Act
        var accept = await _browser.GetAsync(new Uri(link).PathAndQuery);
        var formPath = "/" + accept.Headers.Location!.OriginalString;
        var formPage = await _browser.GetAsync(formPath);
        var form = PasswordForm.FromHtml(await formPage.Content.ReadAsStringAsync(), formPage);
        var tooShort = await form.PostAsync(_browser, "short");
        var refused = await form.PostAsync(_browser, "a fine password", withField: false);
        var done = await form.PostAsync(_browser, "a fine password");
        var acceptAgain = await _browser.GetAsync(new Uri(link).PathAndQuery);
        var deadForm = await _browser.GetAsync(formPath);
        var badAccept = await _browser.GetAsync("/accept-invitation?token=nonsense");

        // Assert
        // The anti-forgery refusal is a JSON error, not a page; it is still never cached.
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(refused.Headers.CacheControl?.NoStore == true, $"no anti-forgery: Cache-Control is '{refused.Headers.CacheControl}'");
        var responses = new (string Name, HttpResponseMessage Response, HttpStatusCode Status)[]
        {
            ("accept", accept, HttpStatusCode.SeeOther),
            ("form", formPage, HttpStatusCode.OK),
            ("too short", tooShort, HttpStatusCode.BadRequest),
            ("password set", done, HttpStatusCode.SeeOther),
            ("accept again", acceptAgain, HttpStatusCode.BadRequest),
            ("dead form", deadForm, HttpStatusCode.BadRequest),
            ("bad accept", badAccept, HttpStatusCode.BadRequest),
        };
        foreach (var (name, response, status) in responses)
        {
            Assert.True(response.StatusCode == status, $"{name}: expected {(int)status}, got {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{name}: Cache-Control is '{response.Headers.CacheControl}'");
            Assert.True(
                response.Headers.TryGetValues("Referrer-Policy", out var policy) && policy.SequenceEqual(["no-referrer"]),
                $"{name}: Referrer-Policy missing or not no-referrer");
        }
    }

    private static (string, string)[] Grant(string email, string password) =>
    [
        ("grant_type", "password"),
        ("username", email),
        ("password", password),
        ("client_id", DexApiFactory.AdminClientId),
        ("client_secret", DexApiFactory.AdminClientSecret),
    ];

    private async Task<string> InviteAsync(string email)
    {
        var token = await fixture.AdminTokenAsync();
        var created = await _session.CreateUserAsync(token, email);
        return created.GetProperty("resetPasswordLink").GetString()!;
    }

    private async Task<PasswordForm> OpenFormAsync(string email)
        => await PasswordForm.FromInvitationAsync(_browser, await InviteAsync(email));
}
