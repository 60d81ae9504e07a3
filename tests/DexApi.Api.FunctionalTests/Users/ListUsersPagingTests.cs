using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class ListUsersPagingTests(PagedUsersFixture fixture) : IClassFixture<PagedUsersFixture>
{
    private readonly ApiSession _session = fixture.Service.Session;

    [Fact]
    public async Task List_ShowsEveryUserOnceInOrdinalEmailOrder_WhenWalkingPagesOfSeven()
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();
        var stored = (await UsersTable.ReadAllAsync(fixture.Service.Factory)).Select(row => row.Email).Order(StringComparer.Ordinal);
        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? pageToken = null;

        // Act
        do
        {
            var path = "/api/v1/users?maxResults=7" + (pageToken is null ? "" : $"&nextPageToken={Uri.EscapeDataString(pageToken)}");
            var page = await ListAsync(token, path);
            var users = page["users"]!.AsArray();
            pageSizes.Add(users.Count);
            seen.AddRange(users.Select(user => user!["email"]!.GetValue<string>()));
            pageToken = page["nextPageToken"]?.GetValue<string>();
            Assert.True(pageToken is null || pageToken.Length > 0, "nextPageToken is present but empty");
            Assert.True(pageSizes.Count <= 10, "paging does not end");
        }
        while (pageToken is not null);

        // Assert
        Assert.Equal([7, 7, 7, 5], pageSizes);
        Assert.Equal(fixture.ExpectedOrder, seen);
        Assert.Equal(stored, seen);
    }

    [Fact]
    public async Task List_ShowsEveryFieldOfEveryUser_WhenWalkingPages()
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();
        var rows = (await UsersTable.ReadAllAsync(fixture.Service.Factory)).OrderBy(row => row.Email, StringComparer.Ordinal);
        var expected = new JsonArray([.. rows.Select(row => (JsonNode)ResponseAssert.User(row))]);

        // Act
        var first = await ListAsync(token, "/api/v1/users?maxResults=13");
        var second = await ListAsync(token, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(first["nextPageToken"]!.GetValue<string>())}");

        // Assert
        Assert.Equal(["users", "nextPageToken"], first.AsObject().Select(property => property.Key));
        ResponseAssert.Equal(new JsonObject { ["users"] = new JsonArray([.. expected.Take(13).Select(user => user!.DeepClone())]) }, new JsonObject { ["users"] = first["users"]!.DeepClone() });
        ResponseAssert.Equal(new JsonObject { ["users"] = new JsonArray([.. expected.Skip(13).Select(user => user!.DeepClone())]) }, second);
    }

    [Theory]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/users?maxResults=")]
    [InlineData("/api/v1/users?maxResults=20")]
    public async Task List_ReturnsTwentyUsersAndAToken_WhenMaxResultsIsAbsentOrEmpty(string path)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var first = await ListAsync(token, path);
        var second = await ListAsync(token, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(first["nextPageToken"]!.GetValue<string>())}");

        // Assert
        Assert.Equal(fixture.ExpectedOrder.Take(20), Emails(first));
        Assert.Equal(fixture.ExpectedOrder.Skip(20), Emails(second));
        Assert.Null(second["nextPageToken"]);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    [InlineData("+5", 5)]
    [InlineData("05", 5)]
    [InlineData("25", 25)]
    public async Task List_ReturnsThatManyUsersAndAToken_WhenMaxResultsIsBelowTheTotal(string maxResults, int expected)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var page = await ListAsync(token, $"/api/v1/users?maxResults={Uri.EscapeDataString(maxResults)}");

        // Assert
        Assert.Equal(fixture.ExpectedOrder.Take(expected), Emails(page));
        Assert.False(string.IsNullOrEmpty(page["nextPageToken"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("26")]
    [InlineData("27")]
    [InlineData("100")]
    [InlineData("+100")]
    public async Task List_ReturnsEveryUserWithoutToken_WhenMaxResultsCoversTheTotal(string maxResults)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var page = await ListAsync(token, $"/api/v1/users?maxResults={Uri.EscapeDataString(maxResults)}");

        // Assert
        Assert.Equal(fixture.ExpectedOrder, Emails(page));
        Assert.Equal(["users"], page.AsObject().Select(property => property.Key));
    }

    [Theory]
    [InlineData("101")]
    [InlineData("+101")]
    [InlineData("1000000")]
    public async Task List_Returns400MaxResultsTooHigh_WhenMaxResultsIsOver100(string maxResults)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?maxResults={Uri.EscapeDataString(maxResults)}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "max_results_too_high", "The max number of results per page is 100");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("5.0")]
    [InlineData("1e2")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("0x10")]
    public async Task List_Returns400MaxResultsMustBeAnInteger_WhenMaxResultsIsNotAnInteger(string maxResults)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?maxResults={Uri.EscapeDataString(maxResults)}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "maxResults must be an integer");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-100")]
    public async Task List_Returns400InvalidRequest_WhenMaxResultsIsBelowOne(string maxResults)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?maxResults={maxResults}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "maxResults must be at least 1");
    }

    [Fact]
    public async Task List_KeepsThePageSizeOfTheToken_WhenMaxResultsChangesMidway()
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();
        var first = await ListAsync(token, "/api/v1/users?maxResults=7");
        var pageToken = Uri.EscapeDataString(first["nextPageToken"]!.GetValue<string>());

        // Act
        var second = await ListAsync(token, $"/api/v1/users?maxResults=3&nextPageToken={pageToken}");

        // Assert
        Assert.Equal(fixture.ExpectedOrder.Skip(7).Take(7), Emails(second));
    }

    [Fact]
    public async Task List_Returns400MaxResultsTooHigh_WhenTokenIsGoodButMaxResultsIsOver100()
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();
        var first = await ListAsync(token, "/api/v1/users?maxResults=7");
        var pageToken = Uri.EscapeDataString(first["nextPageToken"]!.GetValue<string>());

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?maxResults=101&nextPageToken={pageToken}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "max_results_too_high", "The max number of results per page is 100");
    }

    [Theory]
    [InlineData("flip-first")]
    [InlineData("flip-middle")]
    [InlineData("flip-last")]
    [InlineData("truncate-one")]
    [InlineData("truncate-half")]
    [InlineData("append")]
    [InlineData("random-base64url")]
    [InlineData("garbage")]
    [InlineData("plain-dex-offset")]
    public async Task List_Returns400InvalidRequest_WhenNextPageTokenIsTampered(string tampering)
    {
        // Arrange
        var token = await fixture.Service.AdminTokenAsync();
        var first = await ListAsync(token, "/api/v1/users?maxResults=7");
        var genuine = first["nextPageToken"]!.GetValue<string>();
        var tampered = tampering switch
        {
            "flip-first" => Flip(genuine, 0),
            "flip-middle" => Flip(genuine, genuine.Length / 2),
            "flip-last" => Flip(genuine, genuine.Length - 2),
            "truncate-one" => genuine[..^1],
            "truncate-half" => genuine[..(genuine.Length / 2)],
            "append" => genuine + "AAAA",
            "random-base64url" => Base64Url(RandomNumberGenerator.GetBytes(genuine.Length * 3 / 4)),
            "garbage" => "!!not a token!!",
            // What a Dex page token looked like: readable, unsigned JSON with an offset.
            "plain-dex-offset" => Base64Url("""{"Filter":{},"MaxResults":1000,"Offset":0}"""u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };
        Assert.NotEqual(genuine, tampered);

        // Act
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(tampered)}", token);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "nextPageToken is invalid");
    }

    private static string Flip(string token, int index)
        => string.Concat(token.AsSpan(0, index), token[index] == 'A' ? "B" : "A", token.AsSpan(index + 1));

    private static string Base64Url(byte[] bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IEnumerable<string> Emails(JsonNode page)
        => page["users"]!.AsArray().Select(user => user!["email"]!.GetValue<string>());

    private async Task<JsonNode> ListAsync(string token, string path)
        => await ResponseAssert.JsonAsync(await _session.SendAsync(HttpMethod.Get, path, token), HttpStatusCode.OK);
}
