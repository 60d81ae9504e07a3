using System.Net;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

/// <summary>Listings whose exact content depends on a database of their own.</summary>
public sealed class ListUsersTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new();
    private readonly ApiSession _session;

    public ListUsersTests() => _session = new ApiSession(_factory);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task List_ReturnsEveryUserWithEveryFieldAndNoToken_WhenOnePageHoldsThemAll()
    {
        // Arrange
        var token = await _session.PasswordTokenAsync();
        var notBefore = DateTimeOffset.UtcNow;
        var bob = await CreateAsync(token, new { email = "Bob@Example.com", displayName = "Bob", admin = true, emailVerified = true });
        var carol = await CreateAsync(token, new { email = "carol@example.com", disabled = true });
        var notAfter = DateTimeOffset.UtcNow;
        var admin = await UsersTable.FindByEmailAsync(_factory, DexApiFactory.AdminEmail);

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var users = body["users"]!.AsArray();
        ResponseAssert.CreatedBetween(users[1]!["createdAt"]!.GetValue<string>(), notBefore, notAfter);
        ResponseAssert.CreatedBetween(users[2]!["createdAt"]!.GetValue<string>(), notBefore, notAfter);
        ResponseAssert.Equal(
            new JsonObject
            {
                ["users"] = new JsonArray(
                    ResponseAssert.User(admin!.Id, "admin@example.com", "Admin", true, true, false, ResponseAssert.User(admin)["createdAt"]!.GetValue<string>()),
                    ResponseAssert.User(bob.Id, "bob@example.com", "Bob", true, true, false, bob.CreatedAt),
                    ResponseAssert.User(carol.Id, "carol@example.com", "", false, false, true, carol.CreatedAt)),
            },
            body);
    }

    [Fact]
    public async Task List_ReturnsEmptyListWithoutToken_WhenTokenPointsPastTheEnd()
    {
        // Arrange: the last user is deleted (straight from the database) between two pages.
        var token = await _session.PasswordTokenAsync();
        await CreateAsync(token, new { email = "first@example.com" });
        await CreateAsync(token, new { email = "last@example.com" });
        var first = await ResponseAssert.JsonAsync(await _session.SendAsync(HttpMethod.Get, "/api/v1/users?maxResults=2", token), HttpStatusCode.OK);
        var pageToken = first["nextPageToken"]!.GetValue<string>();
        await UsersTable.DeleteByEmailAsync(_factory, "last@example.com");

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(pageToken)}", token);

        // Assert
        Assert.Equal(["admin@example.com", "first@example.com"], first["users"]!.AsArray().Select(user => user!["email"]!.GetValue<string>()));
        ResponseAssert.Equal(new JsonObject { ["users"] = new JsonArray() }, await ResponseAssert.JsonAsync(response, HttpStatusCode.OK));
    }

    [Fact]
    public async Task List_ContinuesAfterTheLastSeenEmail_WhenThatUserIsDeletedBetweenPages()
    {
        // Arrange
        var token = await _session.PasswordTokenAsync();
        await CreateAsync(token, new { email = "b@example.com" });
        await CreateAsync(token, new { email = "c@example.com" });
        await CreateAsync(token, new { email = "d@example.com" });
        var first = await ResponseAssert.JsonAsync(await _session.SendAsync(HttpMethod.Get, "/api/v1/users?maxResults=2", token), HttpStatusCode.OK);
        var pageToken = first["nextPageToken"]!.GetValue<string>();
        await UsersTable.DeleteByEmailAsync(_factory, "b@example.com");

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(pageToken)}", token);

        // Assert
        Assert.Equal(["admin@example.com", "b@example.com"], first["users"]!.AsArray().Select(user => user!["email"]!.GetValue<string>()));
        var second = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(["c@example.com", "d@example.com"], second["users"]!.AsArray().Select(user => user!["email"]!.GetValue<string>()));
        Assert.Null(second["nextPageToken"]);
    }

    private async Task<(string Id, string CreatedAt)> CreateAsync(string token, object user)
    {
        var response = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new { user, redirectURL = DexApiFactory.AdminRedirectUri });
        var created = (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!;
        return (created["id"]!.GetValue<string>(), created["createdAt"]!.GetValue<string>());
    }
}
