using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Client;
using ApiClient = DexApi.Client.Client;

namespace DexApi.Api.FunctionalTests.TypedClient;

/// <summary>The success path of both /api/v1/account/{userid}/refresh operations through DexApi.Client.</summary>
public sealed class RefreshClientClientTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const string Password = "typed client password 42";

    [Fact]
    public async Task ListAsync_ReturnsEachClientHoldingTheUsersRefreshTokensOnce()
    {
        // Arrange
        var (userId, email) = await CreateUserWithPasswordAsync();
        var app = await RegisterAppAsync();
        var appTokens = TypedClients.Tokens(fixture.Factory, app.Id, app.Secret);
        var signIn = await appTokens.RequestPasswordTokenAsync(email, Password, "openid email offline_access");
        await appTokens.RequestPasswordTokenAsync(email, Password, "openid email offline_access");

        // Act
        var list = await TypedClients.RefreshClients(fixture.Factory, signIn.AccessToken).ListAsync(userId);

        // Assert
        var holder = Assert.Single(list.Clients);
        Assert.Equal(app.Id, holder.ClientID);
        Assert.Null(holder.ClientName);
        Assert.Null(holder.ClientURI);
        Assert.Null(holder.LogoURI);
    }

    [Fact]
    public async Task RevokeAsync_RevokesTheClientsRefreshTokens_AndAnswersWithoutABody()
    {
        // Arrange
        var (userId, email) = await CreateUserWithPasswordAsync();
        var app = await RegisterAppAsync();
        var appTokens = TypedClients.Tokens(fixture.Factory, app.Id, app.Secret);
        var signIn = await appTokens.RequestPasswordTokenAsync(email, Password, "openid email offline_access");
        var account = TypedClients.RefreshClients(fixture.Factory, signIn.AccessToken);

        // Act
        await account.RevokeAsync(userId, app.Id);

        // Assert
        Assert.Empty((await account.ListAsync(userId)).Clients);
        var refused = await Assert.ThrowsAsync<DexApiException>(() => appTokens.RefreshAsync(signIn.RefreshToken!));
        Assert.Equal((int)HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", refused.Error);
    }

    private async Task<(string Id, string Email)> CreateUserWithPasswordAsync()
    {
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var created = await users.CreateUserAsync($"typed-refresh-{Guid.NewGuid():N}@example.com");
        var accepted = await new ApiSession(fixture.Factory).AcceptInvitationAsync(
            created.ResetPasswordLink!,
            Password);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        return (created.User.Id, created.User.Email);
    }

    private async Task<ClientWithSecret> RegisterAppAsync()
    {
        var token = await TypedClients.Tokens(fixture.Factory).RequestClientCredentialsTokenAsync();
        return await TypedClients.Clients(fixture.Factory, token.AccessToken)
            .CreateAsync(new ApiClient { RedirectURIs = ["https://refresh.example.org/cb"] });
    }
}
