using System.Net;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Clients;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DexApi.Api.FunctionalTests.RefreshTokens;

/// <summary>A service with the default reuse grace and a second, non-admin client.</summary>
public sealed class RefreshTokenFixture : IAsyncLifetime
{
    public const string OtherClientId = "other-app@apps.test";
    public const string OtherClientSecret = "other-app-secret-0123456789";

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        await Session.SeedClientAsync(OtherClientId, OtherClientSecret, admin: false, "https://other.apps.test/cb");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The stored row of a refresh token, found by the digest the service keeps of it.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RowOfAsync(string refreshToken)
    {
        var digest = Factory.Services.GetRequiredService<ISecretHasher>().Digest(refreshToken);
        var rows = await DatabaseRows.ReadAllAsync(Factory, "refresh_tokens", "token_digest = @digest", ("@digest", digest));
        return Assert.Single(rows);
    }
}

public sealed class RefreshTokenGrantTests(RefreshTokenFixture fixture) : IClassFixture<RefreshTokenFixture>
{
    private const string FullScope = "openid email offline_access";

    private ApiSession Session => fixture.Session;

    [Fact]
    public async Task PasswordGrant_ReturnsRefreshToken_WhenScopeHasOfflineAccess()
    {
        // Arrange
        var before = await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens");

        // Act
        var response = await Session.PasswordGrantAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, "openid offline_access");

        // Assert
        var tokens = await TokenFlows.ReadTokensAsync(response);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.DoesNotContain('.', tokens.Refresh);
        Assert.Equal(before + 1, await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens"));
        var row = await fixture.RowOfAsync(tokens.Refresh);
        Assert.Equal(new JsonWebToken(tokens.AccessToken).Subject, row["user_id"]);
        Assert.Equal(DexApiFactory.AdminClientId, row["client_id"]);
        Assert.Equal("openid offline_access", row["scopes"]);
        Assert.Equal("", row["rotated_at"]);
        Assert.Equal("", row["revoked_at"]);
    }

    [Theory]
    [InlineData("openid")]
    [InlineData("openid email profile")]
    [InlineData("")]
    public async Task PasswordGrant_ReturnsNoRefreshToken_WhenScopeLacksOfflineAccess(string scope)
    {
        // Arrange
        var before = await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens");

        // Act
        var response = await Session.PasswordGrantAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, scope);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.TryGetProperty("access_token", out _));
        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.Equal(before, await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens"));
    }

    [Fact]
    public async Task RefreshGrant_ReturnsNewTokensAndRotatesOldOne_WhenTokenIsValid()
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.Refresh);

        // Assert
        var refreshed = await TokenFlows.ReadTokensAsync(response);
        Assert.NotEqual(signIn.Refresh, refreshed.Refresh);
        Assert.Equal(refreshed.AccessToken, refreshed.IdToken);
        var access = new JsonWebToken(refreshed.AccessToken);
        Assert.Equal(new JsonWebToken(signIn.AccessToken).Subject, access.Subject);
        Assert.Equal(DexApiFactory.AdminClientId, Assert.Single(access.Audiences));

        var old = await fixture.RowOfAsync(signIn.Refresh);
        var successor = await fixture.RowOfAsync(refreshed.Refresh);
        Assert.NotEqual("", old["rotated_at"]);
        Assert.Equal(successor["id"], old["replaced_by"]);
        Assert.Equal(old["family_id"], successor["family_id"]);
        Assert.Equal("", successor["rotated_at"]);

        // The new access token is accepted by the API, and the new refresh token works in turn.
        var account = await Session.SendAsync(HttpMethod.Get, $"/api/v1/account/{access.Subject}/refresh", refreshed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(refreshed.Refresh));
    }

    [Fact]
    public async Task RefreshGrant_Returns400InvalidGrant_WhenAnotherClientPresentsToken()
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);

        // Act
        var response = await Session.RefreshGrantAsync(
            signIn.Refresh,
            clientId: RefreshTokenFixture.OtherClientId,
            clientSecret: RefreshTokenFixture.OtherClientSecret);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal("", (await fixture.RowOfAsync(signIn.Refresh))["rotated_at"]);
    }

    [Fact]
    public async Task RefreshGrant_Returns401InvalidClient_WhenClientSecretIsWrong()
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.Refresh, clientSecret: "not-the-secret");

        // Assert
        await TokenFlows.AssertTokenErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal("", (await fixture.RowOfAsync(signIn.Refresh))["rotated_at"]);
    }

    [Theory]
    [InlineData("openid")]
    [InlineData("email")]
    [InlineData("offline_access")]
    [InlineData("email openid")]
    [InlineData(FullScope)]
    public async Task RefreshGrant_Returns200_WhenScopeIsSubsetOfOriginal(string scope)
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(
            DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, scope: FullScope);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.Refresh, scope);

        // Assert
        var refreshed = await TokenFlows.ReadTokensAsync(response);
        Assert.NotNull(refreshed.RefreshToken);
        // The grant itself is not narrowed (RFC 6749 section 6): the successor keeps the original scope.
        Assert.Equal(FullScope, (await fixture.RowOfAsync(refreshed.Refresh))["scopes"]);
    }

    [Theory]
    [InlineData("openid profile")]
    [InlineData("profile")]
    [InlineData("openid email offline_access profile")]
    [InlineData("admin")]
    public async Task RefreshGrant_Returns400InvalidScopeAndKeepsToken_WhenScopeWidensOriginal(string scope)
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(
            DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, scope: FullScope);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.Refresh, scope);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Equal("", (await fixture.RowOfAsync(signIn.Refresh))["rotated_at"]);
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(signIn.Refresh));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task RefreshGrant_KeepsOriginalScope_WhenScopeIsMissingOrEmpty(string? scope)
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(
            DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, scope: FullScope);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.Refresh, scope);

        // Assert
        var refreshed = await TokenFlows.ReadTokensAsync(response);
        Assert.Equal(FullScope, (await fixture.RowOfAsync(refreshed.Refresh))["scopes"]);
        await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(refreshed.Refresh, FullScope));
    }

    [Fact]
    public async Task RefreshGrant_Returns400InvalidRequest_WhenRefreshTokenIsMissing()
    {
        // Arrange
        var form = new (string, string)[]
        {
            ("grant_type", "refresh_token"),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret),
        };

        // Act
        var missing = await Session.RequestTokenAsync(form);
        var empty = await Session.RequestTokenAsync([.. form, ("refresh_token", "")]);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(missing, HttpStatusCode.BadRequest, "invalid_request");
        await TokenFlows.AssertTokenErrorAsync(empty, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("Q2hhbmdlZCBvbmUgY2hhcmFjdGVyIG9mIGEgcmVhbCB0b2tlbg")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task RefreshGrant_Returns400InvalidGrant_WhenRefreshTokenIsUnknown(string refreshToken)
    {
        // Arrange
        var before = await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens");

        // Act
        var response = await Session.RefreshGrantAsync(refreshToken);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal(before, await DatabaseRows.CountAsync(fixture.Factory, "refresh_tokens"));
    }

    [Fact]
    public async Task RefreshGrant_Returns400InvalidGrant_WhenAccessTokenIsPresentedAsRefreshToken()
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);

        // Act
        var response = await Session.RefreshGrantAsync(signIn.AccessToken);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task RefreshGrant_AnswersRetryAndRetiresFirstSuccessor_WhenRotatedTokenComesBackWithinGrace()
    {
        // Arrange
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        var second = await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(signIn.Refresh));

        // Act: the same exchange again at once, as a client does whose answer was lost
        var retry = await Session.RefreshGrantAsync(signIn.Refresh);

        // Assert
        var third = await TokenFlows.ReadTokensAsync(retry);
        Assert.NotEqual(second.Refresh, third.Refresh);
        await TokenFlows.AssertTokenErrorAsync(
            await Session.RefreshGrantAsync(second.Refresh), HttpStatusCode.BadRequest, "invalid_grant");
        var fourth = await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(third.Refresh));
        Assert.NotNull(fourth.RefreshToken);
        Assert.Equal((await fixture.RowOfAsync(third.Refresh))["id"], (await fixture.RowOfAsync(signIn.Refresh))["replaced_by"]);
    }

    [Fact]
    public async Task RefreshGrant_RefusesDisabledUserThenAcceptsSameToken_WhenUserIsEnabledAgain()
    {
        // Arrange
        var adminToken = await Session.PasswordTokenAsync();
        const string email = "disable-me@example.com";
        const string password = "a password to disable";
        var userId = await fixture.Factory.CreateUserWithPasswordAsync(adminToken, email, password);
        var signIn = await Session.SignInOfflineAsync(email, password);

        // Act
        await Session.SetDisabledAsync(adminToken, userId, disable: true);
        var whileDisabled = await Session.RefreshGrantAsync(signIn.Refresh);
        await Session.SetDisabledAsync(adminToken, userId, disable: false);
        var afterEnabling = await Session.RefreshGrantAsync(signIn.Refresh);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(whileDisabled, HttpStatusCode.BadRequest, "invalid_grant");
        var refreshed = await TokenFlows.ReadTokensAsync(afterEnabling);
        Assert.Equal(userId, new JsonWebToken(refreshed.AccessToken).Subject);
    }

    [Fact]
    public async Task RefreshTokens_AreStoredOnlyAsDigests_WhenIssuedAndRotated()
    {
        // Arrange
        var issued = new List<string>();
        var signIn = await Session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        issued.Add(signIn.Refresh);

        // Act
        for (var i = 0; i < 2; i++)
        {
            var refreshed = await TokenFlows.ReadTokensAsync(await Session.RefreshGrantAsync(issued[^1]));
            issued.Add(refreshed.Refresh);
        }

        // Assert
        var rows = await DatabaseRows.ReadAllAsync(fixture.Factory, "refresh_tokens");
        Assert.NotEmpty(rows);
        var family = (await fixture.RowOfAsync(signIn.Refresh))["family_id"];
        Assert.Equal(3, rows.Count(row => row["family_id"] == family));
        foreach (var value in issued)
        {
            Assert.All(rows, row => Assert.All(row.Values, column => Assert.DoesNotContain(value, column, StringComparison.Ordinal)));
        }
    }
}
