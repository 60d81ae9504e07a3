using System.Net;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class GetUserTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private readonly ApiSession _session = fixture.Session;

    [Fact]
    public async Task GetById_ReturnsTheStoredUser_WhenIdExists()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var created = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new
        {
            user = new { email = "Get.Me@Example.com", displayName = "Get Me", emailVerified = true },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });
        var id = (await ResponseAssert.JsonAsync(created, HttpStatusCode.OK))["user"]!["id"]!.GetValue<string>();
        var row = await UsersTable.FindByIdAsync(fixture.Factory, id);

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users/{id}", token);

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        ResponseAssert.Equal(
            new JsonObject
            {
                ["user"] = ResponseAssert.User(id, "get.me@example.com", "Get Me", true, false, false, ResponseAssert.User(row!)["createdAt"]!.GetValue<string>()),
            },
            body);
    }

    [Fact]
    public async Task GetById_ReturnsTheAdmin_WhenIdIsTheBootstrapAdmin()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var admin = await UsersTable.FindByEmailAsync(fixture.Factory, DexApiFactory.AdminEmail);

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users/{admin!.Id}", token);

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var createdAt = ResponseAssert.User(admin)["createdAt"]!.GetValue<string>();
        ResponseAssert.Equal(
            new JsonObject { ["user"] = ResponseAssert.User(admin.Id, DexApiFactory.AdminEmail, "Admin", true, true, false, createdAt) },
            body);
    }

    [Theory]
    [InlineData("00000000-0000-4000-8000-000000000000")]
    [InlineData("no-such-user")]
    [InlineData("admin@example.com")]
    public async Task GetById_Returns404ResourceNotFound_WhenIdIsUnknown(string id)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users/{Uri.EscapeDataString(id)}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }

    [Fact]
    public async Task GetById_Returns404ResourceNotFound_WhenIdDiffersOnlyInCase()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var created = await _session.CreateUserAsync(token, "case-of-id@example.com");
        var id = created.GetProperty("user").GetProperty("id").GetString()!;

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users/{id.ToUpperInvariant()}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }
}
