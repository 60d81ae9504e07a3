using System.Net;
using DexApi.Api.FunctionalTests.Clients;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace DexApi.Api.FunctionalTests.RefreshTokens;

/// <summary>Replay detection with the grace turned off: any return of a rotated token is theft.</summary>
public sealed class RefreshTokenReuseTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Tokens:RefreshReuseGrace"] = "00:00:00",
    });

    private ApiSession _session = null!;

    public Task InitializeAsync()
    {
        _session = new ApiSession(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task RefreshGrant_RevokesWholeFamily_WhenRotatedTokenIsPresentedAgain()
    {
        // Arrange
        var first = await _session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        var unrelated = await _session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        var second = await TokenFlows.ReadTokensAsync(await _session.RefreshGrantAsync(first.Refresh));

        // Act
        var replay = await _session.RefreshGrantAsync(first.Refresh);
        var newest = await _session.RefreshGrantAsync(second.Refresh);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(replay, HttpStatusCode.BadRequest, "invalid_grant");
        await TokenFlows.AssertTokenErrorAsync(newest, HttpStatusCode.BadRequest, "invalid_grant");
        var family = (await RowOfAsync(first.Refresh))["family_id"];
        var rows = await DatabaseRows.ReadAllAsync(_factory, "refresh_tokens", "family_id = @family", ("@family", family));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.NotEqual("", row["revoked_at"]));

        // Another sign-in of the same user through the same client is another family, and lives on.
        await TokenFlows.ReadTokensAsync(await _session.RefreshGrantAsync(unrelated.Refresh));
    }

    [Fact]
    public async Task RefreshGrant_RevokesDescendants_WhenOldAncestorIsReplayed()
    {
        // Arrange: RT1 -> RT2 -> RT3
        var first = await _session.SignInOfflineAsync(DexApiFactory.AdminEmail, DexApiFactory.AdminPassword);
        var second = await TokenFlows.ReadTokensAsync(await _session.RefreshGrantAsync(first.Refresh));
        var third = await TokenFlows.ReadTokensAsync(await _session.RefreshGrantAsync(second.Refresh));

        // Act
        var replay = await _session.RefreshGrantAsync(first.Refresh);
        var newest = await _session.RefreshGrantAsync(third.Refresh);

        // Assert
        await TokenFlows.AssertTokenErrorAsync(replay, HttpStatusCode.BadRequest, "invalid_grant");
        await TokenFlows.AssertTokenErrorAsync(newest, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.NotEqual("", (await RowOfAsync(third.Refresh))["revoked_at"]);
    }

    private async Task<IReadOnlyDictionary<string, string>> RowOfAsync(string refreshToken)
    {
        var digest = _factory.Services.GetRequiredService<ISecretHasher>().Digest(refreshToken);
        return Assert.Single(
            await DatabaseRows.ReadAllAsync(_factory, "refresh_tokens", "token_digest = @digest", ("@digest", digest)));
    }
}
