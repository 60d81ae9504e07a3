using System.Net;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Clients;

/// <summary>A service holding the admin client and twelve more, ids chosen so that ordinal order matters.</summary>
public sealed class SeededClientsFixture : IAsyncLifetime
{
    // Upper case sorts before lower case, digits before both, '-' and '.' before digits: an ordinal order
    // that neither insertion order nor a case-insensitive sort would give.
    public static readonly string[] SeededIds =
    [
        "zeta@apps.test", "Zeta@apps.test", "alpha@apps.test", "Alpha@apps.test", "0-first@apps.test",
        "9lives@apps.test", "-dash@apps.test", "mid@apps.test", "MID@apps.test", "admin-console2@dexapi.test",
        "admin@apps.test", "_under@apps.test",
    ];

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; private set; } = null!;

    public string AdminToken { get; private set; } = null!;

    /// <summary>Every client id in the store, in ordinal order.</summary>
    public IReadOnlyList<string> AllIdsInOrder { get; } =
        [.. SeededIds.Append(DexApiFactory.AdminClientId).Order(StringComparer.Ordinal)];

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        foreach (var id in SeededIds)
        {
            await Session.SeedClientAsync(id, "secret-of-" + id, admin: false, $"https://{id.Split('@')[0]}.apps.test/cb");
        }

        AdminToken = await Session.ClientCredentialsTokenAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class ListClientsTests(SeededClientsFixture fixture) : IClassFixture<SeededClientsFixture>
{
    [Fact]
    public async Task ListClients_WalksEveryClientOnceInOrdinalIdOrder_WhenPagingByFive()
    {
        // Arrange
        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? nextPageToken = null;
        var path = "/api/v1/clients?maxResults=5";

        // Act
        do
        {
            var page = await GetPageAsync(path);
            var clients = page.GetProperty("clients").EnumerateArray().ToList();
            pageSizes.Add(clients.Count);
            seen.AddRange(clients.Select(client => client.GetProperty("id").GetString()!));
            nextPageToken = page.TryGetProperty("nextPageToken", out var token) ? token.GetString() : null;
            path = $"/api/v1/clients?nextPageToken={Uri.EscapeDataString(nextPageToken ?? "")}";
        }
        while (nextPageToken is not null && pageSizes.Count < 10);

        // Assert
        Assert.Equal([5, 5, 3], pageSizes);
        Assert.Equal(fixture.AllIdsInOrder, seen);
    }

    [Fact]
    public async Task ListClients_ReturnsOnePageWithoutToken_WhenPageHoldsExactlyEveryClient()
    {
        // Arrange
        var path = $"/api/v1/clients?maxResults={fixture.AllIdsInOrder.Count}";

        // Act
        var page = await GetPageAsync(path);

        // Assert
        Assert.Equal(["clients"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal(fixture.AllIdsInOrder, page.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ListClients_ReturnsEveryClientWithoutToken_WhenMaxResultsIsAbsentAndDefaultPageHoldsAll()
    {
        // Arrange: 13 clients, fewer than the default page of 20
        Assert.Equal(13, fixture.AllIdsInOrder.Count);

        // Act
        var page = await GetPageAsync("/api/v1/clients");

        // Assert
        Assert.Equal(13, page.GetProperty("clients").GetArrayLength());
        Assert.False(page.TryGetProperty("nextPageToken", out _));
        var first = page.GetProperty("clients")[0];
        Assert.Equal(
            """{"id":"-dash@apps.test","redirectURIs":["https://-dash.apps.test/cb"]}""",
            first.GetRawText());
    }

    [Theory]
    [InlineData("0", "invalid_request", "maxResults must be at least 1")]
    [InlineData("-1", "invalid_request", "maxResults must be at least 1")]
    [InlineData("101", "max_results_too_high", "The max number of results per page is 100")]
    [InlineData("abc", "invalid_request", "maxResults must be an integer")]
    [InlineData("1.5", "invalid_request", "maxResults must be an integer")]
    [InlineData("99999999999", "max_results_too_high", "The max number of results per page is 100")]
    [InlineData("-99999999999", "invalid_request", "maxResults must be at least 1")]
    public async Task ListClients_Returns400_WhenMaxResultsIsOutOfRange(string maxResults, string error, string description)
    {
        // Arrange
        var path = $"/api/v1/clients?maxResults={Uri.EscapeDataString(maxResults)}";

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, path, fixture.AdminToken);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorJson(error, description), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListClients_Returns400_WhenNextPageTokenIsTampered()
    {
        // Arrange
        var token = (await GetPageAsync("/api/v1/clients?maxResults=5")).GetProperty("nextPageToken").GetString()!;
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        string[] forgeries = [tampered, token + "A", token[..^2], "not-a-token", "!!!"];

        foreach (var forgery in forgeries)
        {
            // Act
            var response = await fixture.Session.SendAsync(
                HttpMethod.Get, $"/api/v1/clients?nextPageToken={Uri.EscapeDataString(forgery)}", fixture.AdminToken);

            // Assert
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(
                ErrorJson("invalid_request", "nextPageToken is invalid"),
                await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ListClients_Returns400_WhenNextPageTokenComesFromUsersListing()
    {
        // Arrange: a second user, so that the users listing has a next page at maxResults=1
        var adminUserToken = await fixture.Session.PasswordTokenAsync();
        var email = $"pager-{Guid.NewGuid():N}@example.com";
        await fixture.Session.CreateUserAsync(adminUserToken, email);
        var users = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users?maxResults=1", adminUserToken);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        var usersToken = JsonDocument.Parse(await users.Content.ReadAsStringAsync())
            .RootElement.GetProperty("nextPageToken").GetString()!;

        // Act
        var response = await fixture.Session.SendAsync(
            HttpMethod.Get, $"/api/v1/clients?nextPageToken={Uri.EscapeDataString(usersToken)}", fixture.AdminToken);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorJson("invalid_request", "nextPageToken is invalid"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListClients_KeepsPageSizeOfToken_WhenNextPageTokenComesWithAnotherMaxResults()
    {
        // Arrange
        var token = (await GetPageAsync("/api/v1/clients?maxResults=2")).GetProperty("nextPageToken").GetString()!;

        // Act
        var page = await GetPageAsync($"/api/v1/clients?maxResults=100&nextPageToken={Uri.EscapeDataString(token)}");

        // Assert
        Assert.Equal(
            fixture.AllIdsInOrder.Skip(2).Take(2),
            page.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.True(page.TryGetProperty("nextPageToken", out _));
    }

    private async Task<JsonElement> GetPageAsync(string path)
    {
        var response = await fixture.Session.SendAsync(HttpMethod.Get, path, fixture.AdminToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string ErrorJson(string error, string description)
        => JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description });
}
