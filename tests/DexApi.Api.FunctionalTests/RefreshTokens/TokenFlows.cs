using System.Net;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.RefreshTokens;

/// <summary>Token requests and user set-up shared by the refresh-token, account and clients tests.</summary>
public static class TokenFlows
{
    public const string ForbiddenBody =
        """{"error":"forbidden","error_description":"The given user and client are not authorized to make this request."}""";

    public const string UnauthorizedBody =
        """{"error":"unauthorized","error_description":"Necessary credentials not provided."}""";

    /// <summary>A password grant with client credentials in the form; the raw response.</summary>
    public static Task<HttpResponseMessage> PasswordGrantAsync(
        this ApiSession session,
        string email,
        string password,
        string scope,
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret)
        => session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", email),
            ("password", password),
            ("scope", scope),
            ("client_id", clientId),
            ("client_secret", clientSecret));

    /// <summary>A refresh-token grant; <paramref name="scope"/> null leaves the field out.</summary>
    public static Task<HttpResponseMessage> RefreshGrantAsync(
        this ApiSession session,
        string refreshToken,
        string? scope = null,
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret)
    {
        var form = new List<(string Name, string Value)>
        {
            ("grant_type", "refresh_token"),
            ("refresh_token", refreshToken),
            ("client_id", clientId),
            ("client_secret", clientSecret),
        };
        if (scope is not null)
        {
            form.Add(("scope", scope));
        }

        return session.RequestTokenAsync([.. form]);
    }

    /// <summary>The successful token response of a password grant with <c>offline_access</c>.</summary>
    public static async Task<TokenSet> SignInOfflineAsync(
        this ApiSession session,
        string email,
        string password,
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret,
        string scope = "openid offline_access")
        => await ReadTokensAsync(await session.PasswordGrantAsync(email, password, scope, clientId, clientSecret));

    /// <summary>The tokens of a 200 answer from <c>/token</c>; fails the test on any other answer.</summary>
    public static async Task<TokenSet> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request failed: {(int)response.StatusCode} {body}");
        var root = JsonDocument.Parse(body).RootElement;
        return new TokenSet(
            root.GetProperty("access_token").GetString()!,
            root.GetProperty("id_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null);
    }

    /// <summary>Asserts an OAuth error answer of <c>/token</c>: its status and its <c>error</c> code.</summary>
    public static async Task AssertTokenErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {error}, got {(int)response.StatusCode} {body}");
        Assert.Equal(error, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    /// <summary>
    /// Invites a user as the admin and sets the password through the invitation pages, as a browser
    /// would. Returns the new user's id.
    /// </summary>
    /// <remarks>
    /// Each call uses a client of its own: the anti-forgery cookie is set only once per cookie jar, and
    /// <see cref="ApiSession.SubmitPasswordFormAsync"/> expects to see it set on every form.
    /// </remarks>
    public static async Task<string> CreateUserWithPasswordAsync(
        this DexApiFactory factory,
        string adminToken,
        string email,
        string password,
        bool admin = false)
    {
        var browser = new ApiSession(factory);
        var created = await browser.CreateUserAsync(adminToken, email, admin);
        var link = created.GetProperty("resetPasswordLink").GetString()!;
        var accepted = await browser.AcceptInvitationAsync(link, password);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        return created.GetProperty("user").GetProperty("id").GetString()!;
    }

    /// <summary>Disables (or enables) a user as the admin.</summary>
    public static async Task SetDisabledAsync(this ApiSession session, string adminToken, string userId, bool disable)
    {
        var response = await session.SendAsync(
            HttpMethod.Post,
            $"/api/v1/users/{Uri.EscapeDataString(userId)}/disable",
            adminToken,
            new { disable });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>What <c>/token</c> handed out; <see cref="RefreshToken"/> is null when none came.</summary>
public sealed record TokenSet(string AccessToken, string IdToken, string? RefreshToken)
{
    public string Refresh => RefreshToken ?? throw new InvalidOperationException("no refresh token was issued");
}
