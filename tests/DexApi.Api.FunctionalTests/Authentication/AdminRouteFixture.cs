using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace DexApi.Api.FunctionalTests.Authentication;

/// <summary>
/// One service holding a caller of every kind the admin guard tells apart, each with a real token from
/// POST /token: admin and non-admin users, through the admin client and through a non-admin client, and an
/// admin who was disabled after the tokens were issued.
/// </summary>
public sealed class AdminRouteFixture : IAsyncLifetime
{
    public const string ViewerClientId = "viewer-console@dexapi.test";
    public const string ViewerClientSecret = "viewer-console-secret-0123456789abcdef";
    public const string UserPassword = "a long enough password";

    private readonly Dictionary<string, string> _callerTokens = [];

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; private set; } = null!;

    public string AdminToken { get; private set; } = "";

    public string AdminUserId { get; private set; } = "";

    /// <summary>A client-credentials token of the admin client: its subject is a client, not a user.</summary>
    public string ClientCredentialsToken { get; private set; } = "";

    /// <summary>The token of an invitation link, the kind of action token that is no credential.</summary>
    public string InvitationLinkToken { get; private set; } = "";

    /// <summary>Real tokens by caller: <c>{user}-via-{client}</c>.</summary>
    public IReadOnlyDictionary<string, string> CallerTokens => _callerTokens;

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        AdminToken = await Session.PasswordTokenAsync();
        AdminUserId = (await FindUserAsync(DexApiFactory.AdminEmail)).GetProperty("id").GetString()!;
        await Session.SeedClientAsync(ViewerClientId, ViewerClientSecret, admin: false, DexApiFactory.AdminRedirectUri);

        await CreateUserWithPasswordAsync("member@example.com", admin: false);
        var disabledAdminId = await CreateUserWithPasswordAsync("disabled.admin@example.com", admin: true);

        _callerTokens["admin-via-admin-client"] = AdminToken;
        _callerTokens["admin-via-viewer-client"] = await ViewerTokenAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        _callerTokens["member-via-admin-client"] = await Session.PasswordTokenAsync("member@example.com", UserPassword);
        _callerTokens["member-via-viewer-client"] = await ViewerTokenAsync("member@example.com", UserPassword);
        _callerTokens["disabled-admin-via-admin-client"] = await Session.PasswordTokenAsync("disabled.admin@example.com", UserPassword);
        _callerTokens["disabled-admin-via-viewer-client"] = await ViewerTokenAsync("disabled.admin@example.com", UserPassword);
        await SetDisabledAsync(disabledAdminId, disabled: true);

        ClientCredentialsToken = await Session.ClientCredentialsTokenAsync();

        var invited = await Session.CreateUserAsync(AdminToken, "invited.admin@example.com", admin: true);
        var link = new Uri(invited.GetProperty("resetPasswordLink").GetString()!);
        InvitationLinkToken = QueryHelpers.ParseQuery(link.Query)["token"].ToString();
        Assert.NotEqual("", InvitationLinkToken);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Creates a user through the API and sets their password through the invitation link.</summary>
    public async Task<string> CreateUserWithPasswordAsync(string email, bool admin)
    {
        var created = await Session.CreateUserAsync(AdminToken, email, admin);
        // A browser of its own: ApiSession's client keeps cookies, so a second form in the same session gets
        // no new anti-forgery Set-Cookie for AcceptInvitationAsync to copy.
        var browser = new ApiSession(Factory);
        var accepted = await browser.AcceptInvitationAsync(created.GetProperty("resetPasswordLink").GetString()!, UserPassword);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        return created.GetProperty("user").GetProperty("id").GetString()!;
    }

    public async Task SetDisabledAsync(string userId, bool disabled)
    {
        var response = await Session.SendAsync(HttpMethod.Post, $"/api/v1/users/{userId}/disable", AdminToken, new { disable = disabled });
        Assert.Equal((HttpStatusCode.OK, """{"ok":true}"""), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Every user's email, read with the admin's token (the list must fit in one page).</summary>
    public async Task<IReadOnlyList<string>> ListEmailsAsync()
    {
        var response = await Session.SendAsync(HttpMethod.Get, "/api/v1/users?maxResults=100", AdminToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("nextPageToken", out _), "the user list no longer fits in one page");
        return body.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("email").GetString()!).ToList();
    }

    private async Task<JsonElement> FindUserAsync(string email)
    {
        var response = await Session.SendAsync(HttpMethod.Get, "/api/v1/users?maxResults=100", AdminToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("users").EnumerateArray().Single(user => user.GetProperty("email").GetString() == email);
    }

    private Task<string> ViewerTokenAsync(string email, string password)
        => Session.PasswordTokenAsync(email, password, ViewerClientId, ViewerClientSecret);
}
