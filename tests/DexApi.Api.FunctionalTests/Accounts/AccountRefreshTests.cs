using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.RefreshTokens;

namespace DexApi.Api.FunctionalTests.Accounts;

/// <summary>
/// A service whose admin client has a name, a URI and a logo, plus a non-admin client without any metadata
/// whose id sorts before the admin client's in ordinal order (upper case first).
/// </summary>
public sealed class AccountRefreshFixture : IAsyncLifetime
{
    public const string AdminClientName = "Admin Console";
    public const string AdminClientUri = "https://console.example.com";
    public const string AdminClientLogoUri = "https://console.example.com/logo.png";
    public const string AppClientId = "Zeta-app@apps.test";
    public const string AppClientSecret = "zeta-app-secret-0123456789";

    public DexApiFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Bootstrap:AdminClientName"] = AdminClientName,
        ["Bootstrap:AdminClientUri"] = AdminClientUri,
        ["Bootstrap:AdminClientLogoUri"] = AdminClientLogoUri,
    });

    public ApiSession Session { get; private set; } = null!;

    public string AdminToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        await Session.SeedClientAsync(AppClientId, AppClientSecret, admin: false, "https://zeta.apps.test/cb");
        AdminToken = await Session.PasswordTokenAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A new non-admin user with a password; returns its id, email and password.</summary>
    public async Task<(string Id, string Email, string Password)> NewUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        const string password = "the user's own password";
        var id = await Factory.CreateUserWithPasswordAsync(AdminToken, email, password);
        return (id, email, password);
    }
}

public sealed class AccountRefreshTests(AccountRefreshFixture fixture) : IClassFixture<AccountRefreshFixture>
{
    private const string AdminClientEntry =
        """{"clientID":"admin-console@dexapi.test","clientName":"Admin Console","clientURI":"https://console.example.com","logoURI":"https://console.example.com/logo.png"}""";

    private const string AppClientEntry = """{"clientID":"Zeta-app@apps.test"}""";

    private ApiSession Session => fixture.Session;

    [Fact]
    public async Task ListRefreshClients_ListsEachClientOnceInClientIdOrder_WhenUserHoldsTokensOfTwoClients()
    {
        // Arrange: two sign-ins (one of them refreshed) through the admin client, one through the app client
        var user = await fixture.NewUserAsync();
        var first = await Session.SignInOfflineAsync(user.Email, user.Password);
        await Session.SignInOfflineAsync(user.Email, user.Password);
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(first.Refresh));
        var app = await Session.SignInOfflineAsync(
            user.Email, user.Password, AccountRefreshFixture.AppClientId, AccountRefreshFixture.AppClientSecret);

        // Act: the user's own token from the non-admin client is enough for the account routes
        var response = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), app.AccessToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            $$"""{"clients":[{{AppClientEntry}},{{AdminClientEntry}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListRefreshClients_ReturnsEmptyList_WhenUserHoldsNoRefreshTokens()
    {
        // Arrange: a sign-in without offline_access leaves no refresh token
        var user = await fixture.NewUserAsync();
        var token = await Session.PasswordTokenAsync(user.Email, user.Password);

        // Act
        var response = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"clients":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RevokeRefreshClient_Returns200EmptyAndKillsOnlyThatClientsTokens_WhenOwnerRevokes()
    {
        // Arrange
        var user = await fixture.NewUserAsync();
        var adminClientFirst = await Session.SignInOfflineAsync(user.Email, user.Password);
        var adminClientSecond = await Session.SignInOfflineAsync(user.Email, user.Password);
        var app = await Session.SignInOfflineAsync(
            user.Email, user.Password, AccountRefreshFixture.AppClientId, AccountRefreshFixture.AppClientSecret);

        // Act
        var revoke = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(user.Id, DexApiFactory.AdminClientId), adminClientFirst.AccessToken);
        var again = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(user.Id, DexApiFactory.AdminClientId), adminClientFirst.AccessToken);

        // Assert
        foreach (var response in new[] { revoke, again })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
            Assert.Null(response.Content.Headers.ContentType);
        }

        await TokenFlows.AssertTokenErrorAsync(
            await Session.RefreshGrantAsync(adminClientFirst.Refresh), HttpStatusCode.BadRequest, "invalid_grant");
        await TokenFlows.AssertTokenErrorAsync(
            await Session.RefreshGrantAsync(adminClientSecond.Refresh), HttpStatusCode.BadRequest, "invalid_grant");
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(
            app.Refresh, clientId: AccountRefreshFixture.AppClientId, clientSecret: AccountRefreshFixture.AppClientSecret));

        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), app.AccessToken);
        Assert.Equal($$"""{"clients":[{{AppClientEntry}}]}""", await list.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccountRoutes_Return403Forbidden_WhenAnotherNonAdminUserCalls()
    {
        // Arrange
        var victim = await fixture.NewUserAsync();
        var victimTokens = await Session.SignInOfflineAsync(victim.Email, victim.Password);
        var intruder = await fixture.NewUserAsync();
        var intruderToken = await Session.PasswordTokenAsync(intruder.Email, intruder.Password);

        // Act
        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(victim.Id), intruderToken);
        var revoke = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(victim.Id, DexApiFactory.AdminClientId), intruderToken);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(TokenFlows.ForbiddenBody, await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        Assert.Equal(TokenFlows.ForbiddenBody, await revoke.Content.ReadAsStringAsync());
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(victimTokens.Refresh));
    }

    [Fact]
    public async Task AccountRoutes_LetAdminListAndRevoke_WhenAccountBelongsToAnotherUser()
    {
        // Arrange
        var user = await fixture.NewUserAsync();
        var tokens = await Session.SignInOfflineAsync(user.Email, user.Password);

        // Act
        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), fixture.AdminToken);
        var revoke = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(user.Id, DexApiFactory.AdminClientId), fixture.AdminToken);
        var listAfter = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), fixture.AdminToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal($$"""{"clients":[{{AdminClientEntry}}]}""", await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal("", await revoke.Content.ReadAsStringAsync());
        Assert.Equal("""{"clients":[]}""", await listAfter.Content.ReadAsStringAsync());
        await TokenFlows.AssertTokenErrorAsync(
            await Session.RefreshGrantAsync(tokens.Refresh), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task AccountRoutes_Return401_WhenUserIsDisabled()
    {
        // Arrange
        var user = await fixture.NewUserAsync();
        var tokens = await Session.SignInOfflineAsync(user.Email, user.Password);
        await Session.SetDisabledAsync(fixture.AdminToken, user.Id, disable: true);

        // Act
        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(user.Id), tokens.AccessToken);
        var revoke = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(user.Id, DexApiFactory.AdminClientId), tokens.AccessToken);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, revoke.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await revoke.Content.ReadAsStringAsync());

        // The refused DELETE revoked nothing: once enabled again, the user's refresh token still works.
        await Session.SetDisabledAsync(fixture.AdminToken, user.Id, disable: false);
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(tokens.Refresh));
    }

    [Theory]
    [InlineData("no-such-user")]
    [InlineData("8f0c7a9e-0000-4000-8000-000000000000")]
    public async Task AccountRoutes_Return200Empty_WhenAdminNamesUnknownUser(string userId)
    {
        // Arrange
        var token = fixture.AdminToken;

        // Act
        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(userId), token);
        var revoke = await Session.SendAsync(HttpMethod.Delete, RevokePath(userId, DexApiFactory.AdminClientId), token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("""{"clients":[]}""", await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal("", await revoke.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("DELETE", null)]
    [InlineData("GET", "garbage")]
    [InlineData("DELETE", "garbage")]
    public async Task AccountRoutes_Return401_WhenTokenIsMissingOrGarbage(string method, string? token)
    {
        // Arrange
        var user = await fixture.NewUserAsync();
        var tokens = await Session.SignInOfflineAsync(user.Email, user.Password);
        var path = method == "GET" ? RefreshPath(user.Id) : RevokePath(user.Id, DexApiFactory.AdminClientId);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await response.Content.ReadAsStringAsync());
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(tokens.Refresh));
    }

    [Fact]
    public async Task AccountRoutes_Return401_WhenTokenIsClientCredentialsToken()
    {
        // Arrange: the subject of a client-credentials token is the client, which is no user
        var clientToken = await Session.ClientCredentialsTokenAsync();

        // Act
        var list = await Session.SendAsync(HttpMethod.Get, RefreshPath(DexApiFactory.AdminClientId), clientToken);
        var revoke = await Session.SendAsync(
            HttpMethod.Delete, RevokePath(DexApiFactory.AdminClientId, DexApiFactory.AdminClientId), clientToken);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, revoke.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await revoke.Content.ReadAsStringAsync());
    }

    private static string RefreshPath(string userId) => $"/api/v1/account/{Uri.EscapeDataString(userId)}/refresh";

    private static string RevokePath(string userId, string clientId)
        => $"{RefreshPath(userId)}/{Uri.EscapeDataString(clientId)}";
}
