using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>Wrong passwords pause sign-in for a username, the same for accounts that exist and that do not.</summary>
public sealed class PasswordGuessingTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["RateLimits:FailedPasswordsPerUsername"] = "3",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(DexApiFactory.AdminEmail)]
    [InlineData("nobody@example.com")]
    public async Task PasswordGrant_PausesTheUsername_WhenItHadTooManyWrongPasswords(string username)
    {
        // Arrange
        var session = new ApiSession(_factory);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var wrong = await PasswordGrantAsync(session, username, "not the password");
            Assert.Contains("invalid username or password", await wrong.Content.ReadAsStringAsync());
        }

        // Act
        var paused = await PasswordGrantAsync(session, username, DexApiFactory.AdminPassword);
        var otherUser = await PasswordGrantAsync(session, "someone-else@example.com", "not the password");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, paused.StatusCode);
        Assert.Equal(
            """{"error":"invalid_grant","error_description":"too many wrong passwords for this username; try again later"}""",
            await paused.Content.ReadAsStringAsync());
        Assert.Contains("invalid username or password", await otherUser.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PasswordGrantAsync(ApiSession session, string username, string password)
        => session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", username),
            ("password", password),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));
}
