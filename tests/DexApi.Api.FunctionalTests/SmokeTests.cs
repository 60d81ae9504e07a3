using System.Net;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests;

public sealed class SmokeTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Walkthrough_AdminCreatesUser_UserSetsPasswordAndSignsIn()
    {
        // Arrange
        var session = new ApiSession(_factory);
        var adminToken = await session.PasswordTokenAsync();

        // Act
        var created = await session.CreateUserAsync(adminToken, "Jane.Doe@Example.com");
        var link = created.GetProperty("resetPasswordLink").GetString()!;
        var accepted = await session.AcceptInvitationAsync(link, "a long enough password");
        var userToken = await session.PasswordTokenAsync("jane.doe@example.com", "a long enough password");

        // Assert
        Assert.Equal("jane.doe@example.com", created.GetProperty("user").GetProperty("email").GetString());
        Assert.False(created.GetProperty("emailSent").GetBoolean());
        Assert.StartsWith($"{DexApiFactory.Issuer}/accept-invitation?token=", link);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal(DexApiFactory.AdminRedirectUri, accepted.Headers.Location!.OriginalString);
        Assert.False(string.IsNullOrEmpty(userToken));

        var list = await session.SendAsync(HttpMethod.Get, "/api/v1/users", adminToken);
        var users = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("users");
        Assert.Equal(["admin@example.com", "jane.doe@example.com"], users.EnumerateArray().Select(u => u.GetProperty("email").GetString()));
        Assert.True(users[1].GetProperty("emailVerified").GetBoolean());
    }
}
