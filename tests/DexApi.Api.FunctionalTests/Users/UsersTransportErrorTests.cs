using System.Net;
using System.Text;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

/// <summary>
/// Errors that the framework raises before a handler runs (routing, content type, body size) still carry
/// the Dex error shape: <c>application/json</c> with exactly <c>error</c> and <c>error_description</c>.
/// </summary>
public sealed class UsersTransportErrorTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const int MaxBodyBytes = 64 * 1024;

    private readonly ApiSession _session = fixture.Session;

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("text/json")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Create_Returns415InvalidRequest_WhenContentTypeIsNotJson(string? contentType)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = $"content-type-{Guid.NewGuid():N}@example.com";

        // Act
        var response = await _session.PostRawAsync("/api/v1/users", token, CreateBody(email), contentType);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "invalid_request", "unsupported content-type");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(fixture.Factory, email));
    }

    [Theory]
    [InlineData("disable", """{"disable":false}""")]
    [InlineData("resend-invitation", """{"redirectURL":"https://console.example.com/callback"}""")]
    public async Task UserActions_Return415InvalidRequest_WhenContentTypeIsTextPlain(string action, string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateDisabledUserAsync(token, $"{action}-content-type@example.com");

        // Act
        var textPlain = await _session.PostRawAsync($"/api/v1/users/{id}/{action}", token, body, "text/plain");
        var missing = await _session.PostRawAsync($"/api/v1/users/{id}/{action}", token, body, contentType: null);

        // Assert
        await ResponseAssert.ErrorAsync(textPlain, HttpStatusCode.UnsupportedMediaType, "invalid_request", "unsupported content-type");
        await ResponseAssert.ErrorAsync(missing, HttpStatusCode.UnsupportedMediaType, "invalid_request", "unsupported content-type");
        Assert.Equal(1, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Create_Returns200_WhenContentTypeIsJsonWithOrWithoutParameters(string contentType)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = $"json-type-{Guid.NewGuid():N}@example.com";

        // Act
        var response = await _session.PostRawAsync("/api/v1/users", token, CreateBody(email), contentType);

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(email, body["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Returns413InvalidRequest_WhenBodyIsOver64KiB()
    {
        // Arrange: valid JSON that would create a user, one byte over the cap.
        var token = await fixture.AdminTokenAsync();
        var email = "too-large@example.com";
        var body = PaddedCreateBody(email, MaxBodyBytes + 1);

        // Act
        var response = await _session.PostRawAsync("/api/v1/users", token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "invalid_request", "request body is too large");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(fixture.Factory, email));
    }

    [Fact]
    public async Task Create_Returns200_WhenBodyIsExactly64KiB()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = "just-fits@example.com";
        var body = PaddedCreateBody(email, MaxBodyBytes);

        // Act
        var response = await _session.PostRawAsync("/api/v1/users", token, body);

        // Assert
        var created = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(email, created["user"]!["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/api/v1/nothing-here")]
    [InlineData("GET", "/api/v1/users/some-id/unknown")]
    [InlineData("POST", "/api/v1/users/some-id/enable")]
    [InlineData("GET", "/no/such/page")]
    [InlineData("DELETE", "/api/v2/users")]
    public async Task UnknownPath_Returns404JsonError_WhenNoRouteMatches(string method, string path)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendRawAsync(new HttpMethod(method), path, token, "{}");

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }

    [Theory]
    [InlineData("DELETE", "/api/v1/users/{id}")]
    [InlineData("PUT", "/api/v1/users/{id}")]
    [InlineData("PATCH", "/api/v1/users/{id}")]
    [InlineData("PUT", "/api/v1/users")]
    [InlineData("DELETE", "/api/v1/users")]
    [InlineData("GET", "/api/v1/users/{id}/disable")]
    [InlineData("PUT", "/api/v1/users/{id}/resend-invitation")]
    public async Task WrongMethod_Returns405JsonError_WhenPathExistsForOtherMethods(string method, string pathTemplate)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateDisabledUserAsync(token, $"method-{Guid.NewGuid():N}@example.com");
        var before = await UsersTable.FindByIdAsync(fixture.Factory, id);

        // Act
        var response = await _session.SendRawAsync(new HttpMethod(method), pathTemplate.Replace("{id}", id), token, "{}");

        // Assert
        await ResponseAssert.ErrorAsync(
            response,
            HttpStatusCode.MethodNotAllowed,
            "invalid_request",
            $"HTTP {method} method not supported for this resource");
        Assert.Equal(before, await UsersTable.FindByIdAsync(fixture.Factory, id));
    }

    private static string CreateBody(string email)
        => $$"""{"user":{"email":"{{email}}"},"redirectURL":"{{DexApiFactory.AdminRedirectUri}}"}""";

    /// <summary>A valid create body of exactly <paramref name="totalBytes"/> bytes, padded with white space.</summary>
    private static string PaddedCreateBody(string email, int totalBytes)
    {
        var body = CreateBody(email);
        return body + new string(' ', totalBytes - Encoding.UTF8.GetByteCount(body));
    }

    private async Task<string> CreateDisabledUserAsync(string token, string email)
    {
        var response = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new
        {
            user = new { email, disabled = true },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });
        return (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!["id"]!.GetValue<string>();
    }
}
