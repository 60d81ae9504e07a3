using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

/// <summary>
/// Every kind of rejected POST /api/v1/users leaves the users table exactly as it was, row for row, read
/// straight from the SQLite file. Each rejected body names a fresh, valid email, so a rejection that
/// still wrote something would show up as an extra row.
/// </summary>
public sealed class CreateUserRejectionTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const string UsersPath = "/api/v1/users";

    private readonly ApiSession _session = fixture.Session;

    public static TheoryData<string, string, HttpStatusCode, string> RejectedBodies => new()
    {
        { "trailing slash on redirect", """{"user":{"email":"fresh-1@example.com"},"redirectURL":"https://console.example.com/callback/"}""", HttpStatusCode.BadRequest, "invalid_redirect_url" },
        { "unregistered redirect", """{"user":{"email":"fresh-2@example.com","admin":true},"redirectURL":"https://evil.example.com/"}""", HttpStatusCode.BadRequest, "invalid_redirect_url" },
        { "missing redirect", """{"user":{"email":"fresh-3@example.com"}}""", HttpStatusCode.BadRequest, "invalid_redirect_url" },
        { "unparsable redirect", """{"user":{"email":"fresh-4@example.com"},"redirectURL":"http://[::1"}""", HttpStatusCode.BadRequest, "invalid_request" },
        { "display-name email", """{"user":{"email":"Fresh <fresh-5@example.com>"},"redirectURL":"https://console.example.com/callback"}""", HttpStatusCode.BadRequest, "invalid_email" },
        { "padded email", """{"user":{"email":" fresh-6@example.com"},"redirectURL":"https://console.example.com/callback"}""", HttpStatusCode.BadRequest, "invalid_email" },
        { "wrong boolean type", """{"user":{"email":"fresh-7@example.com","admin":"true"},"redirectURL":"https://console.example.com/callback"}""", HttpStatusCode.BadRequest, "invalid_request" },
        { "truncated JSON", """{"user":{"email":"fresh-8@example.com"},"redirectURL":"https://console.example.com/callback" """, HttpStatusCode.BadRequest, "invalid_request" },
        { "missing user", """{"redirectURL":"https://console.example.com/callback"}""", HttpStatusCode.BadRequest, "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(RejectedBodies))]
    public async Task Create_ChangesNoRow_WhenRequestIsRejected(string why, string body, HttpStatusCode status, string error)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var before = await UsersTable.ReadAllAsync(fixture.Factory);

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        var json = await ResponseAssert.JsonAsync(response, status);
        Assert.True(error == json["error"]?.GetValue<string>(), $"{why}: {json.ToJsonString()}");
        Assert.Equal(before, await UsersTable.ReadAllAsync(fixture.Factory));
    }

    [Fact]
    public async Task Create_ChangesNoRow_WhenEmailIsDuplicate()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        await _session.CreateUserAsync(token, "taken@example.com");
        var before = await UsersTable.ReadAllAsync(fixture.Factory);

        // Act
        var response = await _session.PostRawAsync(
            UsersPath,
            token,
            """{"user":{"email":"Taken@Example.com","displayName":"Usurper","admin":true},"redirectURL":"https://console.example.com/callback"}""");

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.Conflict, "duplicate_email", "Email already in use.");
        Assert.Equal(before, await UsersTable.ReadAllAsync(fixture.Factory));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    public async Task Create_Returns401AndChangesNoRow_WhenCallerIsNotAuthenticated(string? token)
    {
        // Arrange
        await fixture.AdminTokenAsync(); // starts the service, so that the table exists
        var before = await UsersTable.ReadAllAsync(fixture.Factory);

        // Act
        var response = await _session.PostRawAsync(
            UsersPath,
            token,
            """{"user":{"email":"anonymous@example.com","admin":true},"redirectURL":"https://console.example.com/callback"}""");

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "unauthorized", "Necessary credentials not provided.");
        Assert.Equal(before, await UsersTable.ReadAllAsync(fixture.Factory));
    }

    [Fact]
    public async Task Create_Returns403AndChangesNoRow_WhenCallerIsNotAnAdmin()
    {
        // Arrange
        var adminToken = await fixture.AdminTokenAsync();
        var created = await _session.CreateUserAsync(adminToken, "plain-user@example.com");
        await _session.AcceptInvitationAsync(created.GetProperty("resetPasswordLink").GetString()!, "plain user password");
        var userToken = await _session.PasswordTokenAsync("plain-user@example.com", "plain user password");
        var before = await UsersTable.ReadAllAsync(fixture.Factory);

        // Act
        var response = await _session.PostRawAsync(
            UsersPath,
            userToken,
            """{"user":{"email":"escalation@example.com","admin":true},"redirectURL":"https://console.example.com/callback"}""");

        // Assert
        await ResponseAssert.ErrorAsync(
            response,
            HttpStatusCode.Forbidden,
            "forbidden",
            "The given user and client are not authorized to make this request.");
        Assert.Equal(before, await UsersTable.ReadAllAsync(fixture.Factory));
    }
}
