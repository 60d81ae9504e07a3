using System.Net;
using System.Text;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Client;

namespace DexApi.Api.FunctionalTests.TypedClient;

/// <summary>What DexApi.Client throws: the status and the error body's fields.</summary>
public sealed class DexApiExceptionTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    [Fact]
    public async Task CreateAsync_ThrowsDuplicateEmail_WhenTheEmailIsTaken()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var email = $"typed-duplicate-{Guid.NewGuid():N}@example.com";
        await users.CreateUserAsync(email);

        // Act
        var failure = await Assert.ThrowsAsync<DexApiException<Error>>(
            () => users.CreateUserAsync(email.ToUpperInvariant()));

        // Assert
        Assert.Equal((int)HttpStatusCode.Conflict, failure.StatusCode);
        Assert.Equal("duplicate_email", failure.Error);
        Assert.Equal("Email already in use.", failure.ErrorDescription);
        Assert.Equal("duplicate_email", failure.Result.Error1);
    }

    [Fact]
    public async Task GetAsync_ThrowsResourceNotFound_WhenTheIdIsUnknown()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());

        // Act
        var failure = await Assert.ThrowsAsync<DexApiException<Error>>(() => users.GetAsync(Guid.NewGuid().ToString()));

        // Assert
        Assert.Equal((int)HttpStatusCode.NotFound, failure.StatusCode);
        Assert.Equal("resource_not_found", failure.Error);
        Assert.Equal("Resource could not be found.", failure.ErrorDescription);
    }

    [Fact]
    public async Task ListAsync_ThrowsUnauthorized_WithoutAToken()
    {
        // Arrange
        var users = new UsersClient(TypedClients.Http(fixture.Factory));

        // Act
        var failure = await Assert.ThrowsAsync<DexApiException<Error>>(() => users.ListAsync());

        // Assert
        Assert.Equal((int)HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal("unauthorized", failure.Error);
        Assert.Equal("Necessary credentials not provided.", failure.ErrorDescription);
    }

    [Fact]
    public async Task RequestClientCredentialsTokenAsync_ThrowsInvalidClient_WhenTheSecretIsWrong()
    {
        // Arrange
        var tokens = TypedClients.Tokens(fixture.Factory, DexApiFactory.AdminClientId, "not the secret");

        // Act
        var failure = await Assert.ThrowsAsync<DexApiException>(() => tokens.RequestClientCredentialsTokenAsync());

        // Assert
        Assert.Equal((int)HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal("invalid_client", failure.Error);
        Assert.False(string.IsNullOrEmpty(failure.ErrorDescription));
    }

    [Theory]
    [InlineData(
        """{"error":"server_error","error_description":"The server could not process the request."}""",
        "server_error",
        "The server could not process the request.")]
    [InlineData("<html><body>Bad gateway</body></html>", null, null)]
    [InlineData("""["error"]""", null, null)]
    [InlineData("", null, null)]
    public async Task Error_IsReadFromTheBody_WhenTheStatusIsNotInTheDocument(
        string body,
        string? error,
        string? description)
    {
        // Arrange
        var http = new HttpClient(new FixedAnswer(HttpStatusCode.BadGateway, body))
        {
            BaseAddress = new Uri("http://dexapi.test/"),
        };
        var users = new UsersClient(http);

        // Act
        var failure = await Assert.ThrowsAsync<DexApiException>(() => users.ListAsync());

        // Assert
        Assert.Equal(502, failure.StatusCode);
        Assert.Equal(error, failure.Error);
        Assert.Equal(description, failure.ErrorDescription);
    }

    private sealed class FixedAnswer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, "text/html"),
            });
    }
}
