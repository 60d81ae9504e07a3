using System.Net;
using System.Net.Http.Json;
using System.Text;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Authentication;

/// <summary>
/// Valid tokens of callers who may not use the admin routes. The client is checked first (a non-admin
/// client is 403 whoever the user is), then a disabled user is 401, then a non-admin user is 403.
/// </summary>
public sealed class AdminRouteAuthorizationTests(AdminRouteFixture fixture) : IClassFixture<AdminRouteFixture>
{
    public static TheoryData<string, HttpStatusCode> RefusedCallers => new()
    {
        { "member-via-admin-client", HttpStatusCode.Forbidden },
        { "admin-via-viewer-client", HttpStatusCode.Forbidden },
        { "member-via-viewer-client", HttpStatusCode.Forbidden },
        { "disabled-admin-via-viewer-client", HttpStatusCode.Forbidden },
        { "disabled-admin-via-admin-client", HttpStatusCode.Unauthorized },
    };

    [Fact]
    public async Task ListUsers_Returns200_WhenAdminUserUsesAdminClient()
    {
        // Arrange
        var token = fixture.CallerTokens["admin-via-admin-client"];

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task ListUsers_IsRefused_WhenCallerLacksAdminRights(string caller, HttpStatusCode expected)
    {
        // Arrange
        var token = fixture.CallerTokens[caller];

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task GetUser_IsRefused_WhenCallerLacksAdminRights(string caller, HttpStatusCode expected)
    {
        // Arrange
        var token = fixture.CallerTokens[caller];

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, $"/api/v1/users/{fixture.AdminUserId}", token);

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task CreateUser_IsRefusedAndCreatesNoUser_WhenCallerLacksAdminRights(string caller, HttpStatusCode expected)
    {
        // Arrange: the viewer client has the same redirect URI, so only the guard can stop this.
        var email = $"refused.{caller}@example.com";
        var body = new
        {
            user = new { email, displayName = "Refused", admin = true, emailVerified = true },
            redirectURL = DexApiFactory.AdminRedirectUri,
        };

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Post, "/api/v1/users", fixture.CallerTokens[caller], body);

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
        Assert.DoesNotContain(email, await fixture.ListEmailsAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task CreateUser_IsRefusedBeforeReadingBody_WhenBodyIsMalformed(string caller, HttpStatusCode expected)
    {
        // Arrange
        var request = fixture.Session.Authorized(HttpMethod.Post, "/api/v1/users", fixture.CallerTokens[caller]);
        request.Content = new StringContent("{\"user\": {\"email\": ", Encoding.UTF8, "application/json");

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task CreateUser_IsRefusedBeforeCheckingContentType_WhenBodyIsNotJson(string caller, HttpStatusCode expected)
    {
        // Arrange
        var request = fixture.Session.Authorized(HttpMethod.Post, "/api/v1/users", fixture.CallerTokens[caller]);
        request.Content = new StringContent("email=x@example.com", Encoding.UTF8, "application/x-www-form-urlencoded");

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
    }

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task DisableUser_IsRefusedAndChangesNothing_WhenCallerLacksAdminRights(string caller, HttpStatusCode expected)
    {
        // Act: try to disable the bootstrap admin.
        var response = await fixture.Session.SendAsync(
            HttpMethod.Post, $"/api/v1/users/{fixture.AdminUserId}/disable", fixture.CallerTokens[caller], new { disable = true });

        // Assert
        await GuardAssert.RefusedAsync(response, expected);
        var admin = await fixture.Session.SendAsync(HttpMethod.Get, $"/api/v1/users/{fixture.AdminUserId}", fixture.AdminToken);
        var user = (await admin.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("user");
        Assert.False(user.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task ListUsers_Returns401_WhenUserIsDisabledAfterTokenWasIssued()
    {
        // Arrange
        var userId = await fixture.CreateUserWithPasswordAsync("soon.disabled@example.com", admin: true);
        var token = await fixture.Session.PasswordTokenAsync("soon.disabled@example.com", AdminRouteFixture.UserPassword);
        var before = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // Act
        await fixture.SetDisabledAsync(userId, disabled: true);
        var list = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);
        var create = await fixture.Session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new
        {
            user = new { email = "made.by.disabled@example.com" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        await GuardAssert.UnauthorizedAsync(list);
        await GuardAssert.UnauthorizedAsync(create);
        Assert.DoesNotContain("made.by.disabled@example.com", await fixture.ListEmailsAsync());
    }
}
