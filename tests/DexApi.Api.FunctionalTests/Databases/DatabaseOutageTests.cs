using System.Net;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.TestDatabases;

namespace DexApi.Api.FunctionalTests.Databases;

/// <summary>Stops the PostgreSQL server under a running service, so nothing else may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseOutageGroup
{
    public const string Name = "database outage";
}

[Collection(DatabaseOutageGroup.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [PostgresFact]
    public async Task Requests_Get503ThenRecoverWithNoDataLost_WhenPostgresStopsAndStartsAgain()
    {
        // Arrange
        var session = new ApiSession(_factory);
        var admin = await session.PasswordTokenAsync();
        await session.CreateUserAsync(admin, "outage@example.com");

        HttpResponseMessage during;
        HttpResponseMessage readyDuring;
        HttpResponseMessage tokenDuring;
        PostgresTestServer.PauseServer();
        try
        {
            // Act
            during = await session.SendAsync(HttpMethod.Get, "/api/v1/users", admin);
            readyDuring = await session.Client.GetAsync("/readyz");
            tokenDuring = await session.RequestTokenAsync(
                ("grant_type", "client_credentials"),
                ("client_id", DexApiFactory.AdminClientId),
                ("client_secret", DexApiFactory.AdminClientSecret));
        }
        finally
        {
            PostgresTestServer.ResumeServer();
        }

        var after = await FirstSuccessAsync(() => session.SendAsync(HttpMethod.Get, "/api/v1/users", admin));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(
            """{"error":"temporarily_unavailable","error_description":"The service cannot reach its database. Try again shortly."}""",
            await during.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromSeconds(5), during.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuring.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tokenDuring.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var emails = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("users")
            .EnumerateArray().Select(user => user.GetProperty("email").GetString());
        Assert.Contains("outage@example.com", emails);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>Retries for a few seconds: the pool drops its dead connections on first use.</summary>
    private static async Task<HttpResponseMessage> FirstSuccessAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(250);
        }
    }
}
