using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.RefreshTokens;

namespace DexApi.Api.FunctionalTests.Clients;

/// <summary>One service with default settings, shared by the tests of a class.</summary>
/// <remarks>xunit cannot build <see cref="DexApiFactory"/> itself as a fixture: its constructor takes settings.</remarks>
public sealed class DefaultServiceFixture : IAsyncLifetime
{
    public DexApiFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed partial class CreateClientTests(DefaultServiceFixture fixture) : IClassFixture<DefaultServiceFixture>
{
    private const string ClientsPath = "/api/v1/clients";

    private readonly DexApiFactory _factory = fixture.Factory;
    private readonly ApiSession _session = new(fixture.Factory);

    [Fact]
    public async Task CreateClient_Returns200WithIdRedirectUrisAndSecret_WhenRedirectUrisAreValid()
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();

        // Act
        var response = await PostJsonAsync(
            token, """{"redirectURIs":["https://app.example.com:8443/callback","http://other.example.net/cb"]}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["id", "redirectURIs", "secret"], body.EnumerateObject().Select(p => p.Name));
        var id = body.GetProperty("id").GetString()!;
        var secret = body.GetProperty("secret").GetString()!;
        Assert.Matches(ClientIdShape(), id);
        Assert.EndsWith("=@app.example.com", id);
        Assert.Equal(44, id.IndexOf('@', StringComparison.Ordinal));
        Assert.Equal(96, secret.Length);
        Assert.Matches(Base64UrlShape(), secret);
        Assert.Equal(
            ["https://app.example.com:8443/callback", "http://other.example.net/cb"],
            body.GetProperty("redirectURIs").EnumerateArray().Select(uri => uri.GetString()));
        Assert.Equal($"{ClientsPath}/{Uri.EscapeDataString(id)}", response.Headers.Location?.OriginalString);
        Assert.Contains("%40", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore, "a response carrying a secret must not be stored");
    }

    [Fact]
    public async Task CreateClient_GivesEachClientItsOwnIdAndSecret_WhenCalledTwiceWithSameUris()
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        const string request = """{"redirectURIs":["https://twice.example.com/cb"]}""";

        // Act
        var first = await ReadCreatedAsync(await PostJsonAsync(token, request));
        var second = await ReadCreatedAsync(await PostJsonAsync(token, request));

        // Assert
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.Secret, second.Secret);
    }

    [Fact]
    public async Task CreatedClient_GetsClientCredentialsToken_WhenUsingTheReturnedSecret()
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        var created = await ReadCreatedAsync(await PostJsonAsync(token, """{"redirectURIs":["https://fresh.example.com/cb"]}"""));

        // Act: once with the secret in the form, once with HTTP Basic (id and secret URL-escaped, RFC 6749 2.3.1)
        var formResponse = await _session.RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", created.Id),
            ("client_secret", created.Secret));
        var basic = new HttpRequestMessage(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(created.Id)}:{Uri.EscapeDataString(created.Secret)}")));
        var basicResponse = await _session.Client.SendAsync(basic);
        var wrongSecret = await _session.RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", created.Id),
            ("client_secret", created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A')));

        // Assert
        var issued = await TokenFlows.ReadTokensAsync(formResponse);
        await TokenFlows.ReadTokensAsync(basicResponse);
        await TokenFlows.AssertTokenErrorAsync(wrongSecret, HttpStatusCode.Unauthorized, "invalid_client");

        // New clients are never admin clients: their own token may not manage clients.
        var listing = await _session.SendAsync(HttpMethod.Get, ClientsPath, issued.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, listing.StatusCode);
    }

    [Fact]
    public async Task CreateClient_KeepsSecretOutOfListingAndDatabase_WhenClientIsCreated()
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();

        // Act
        var created = await ReadCreatedAsync(await PostJsonAsync(token, """{"redirectURIs":["https://hidden.example.com/cb"]}"""));
        var listing = await _session.SendAsync(HttpMethod.Get, $"{ClientsPath}?maxResults=100", token);

        // Assert
        var listed = await listing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var entry = JsonDocument.Parse(listed).RootElement.GetProperty("clients").EnumerateArray()
            .Single(client => client.GetProperty("id").GetString() == created.Id);
        Assert.Equal(["id", "redirectURIs"], entry.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(created.Secret, listed, StringComparison.Ordinal);

        var row = Assert.Single(await DatabaseRows.ReadAllAsync(_factory, "clients", "id = @id", ("@id", created.Id)));
        Assert.False(string.IsNullOrEmpty(row["secret_digest"]));
        Assert.DoesNotContain(created.Secret, row["secret_digest"], StringComparison.Ordinal);
        Assert.All(row.Values, value => Assert.DoesNotContain(created.Secret, value, StringComparison.Ordinal));
        Assert.Equal("0", row["admin"]);
    }

    [Fact]
    public async Task CreateClient_IgnoresSuppliedIdAndUnknownFields_WhenBodyCarriesThem()
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        const string body = """
            {"id":"chosen@evil.example","secret":"my-own-secret","admin":true,"clientName":"Mine",
             "redirectURIs":["https://ignored.example.com/cb"],"extra":{"nested":[1,2]}}
            """;

        // Act
        var response = await PostJsonAsync(token, body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await ReadCreatedAsync(response);
        Assert.NotEqual("chosen@evil.example", created.Id);
        Assert.Matches(ClientIdShape(), created.Id);
        Assert.EndsWith("@ignored.example.com", created.Id);
        Assert.NotEqual("my-own-secret", created.Secret);
        Assert.Empty(await DatabaseRows.ReadAllAsync(_factory, "clients", "id = @id", ("@id", "chosen@evil.example")));
        var row = Assert.Single(await DatabaseRows.ReadAllAsync(_factory, "clients", "id = @id", ("@id", created.Id)));
        Assert.Equal("0", row["admin"]);
        Assert.Equal("", row["name"]);
        var ownSecret = await _session.RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", created.Id),
            ("client_secret", "my-own-secret"));
        await TokenFlows.AssertTokenErrorAsync(ownSecret, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("""{"REDIRECTURIS":["https://case.example.com/cb"]}""", "application/json")]
    [InlineData("""{"redirectURIs":["https://charset.example.com/cb"]}""", "application/json; charset=utf-8")]
    [InlineData("""{"redirectURIs":["HTTPS://scheme.example.com/cb?x=1"]}""", "application/json")]
    public async Task CreateClient_Returns200_WhenBodyIsValidInAnotherSpelling(string json, string contentType)
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        var before = await DatabaseRows.CountAsync(_factory, "clients");

        // Act
        var response = await PostAsync(token, json, contentType);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await DatabaseRows.CountAsync(_factory, "clients"));
    }

    [Theory]
    [InlineData("""{"redirectURIs":[""]}""", "missing or invalid field: redirectURIs")]
    [InlineData("""{"redirectURIs":["http://[::1"]}""", "missing or invalid field: redirectURIs")]
    [InlineData("""{"redirectURIs":["https://ok.example.com/cb",""]}""", "missing or invalid field: redirectURIs")]
    [InlineData("""{"redirectURIs":["asdf.com",""]}""", "missing or invalid field: redirectURIs")]
    [InlineData("""{"redirectURIs":[null]}""", "missing or invalid field: redirectURIs")]
    [InlineData("""{}""", "zero redirect URLs")]
    [InlineData("""{"redirectURIs":null}""", "zero redirect URLs")]
    [InlineData("""{"redirectURIs":[]}""", "zero redirect URLs")]
    [InlineData("""{"redirectURIs":["asdf.com"]}""", "no host for uri field redirect_uris")]
    [InlineData("""{"redirectURIs":["http://"]}""", "no host for uri field redirect_uris")]
    [InlineData("""{"redirectURIs":["https://ok.example.com/cb","/relative/path"]}""", "no host for uri field redirect_uris")]
    [InlineData("""{"redirectURIs":["ftp://x.com"]}""", "uri field redirect_uris scheme is not http or https")]
    [InlineData("""{"redirectURIs":["ftp://x.com","asdf.com"]}""", "uri field redirect_uris scheme is not http or https")]
    [InlineData("""{"redirectURIs":["https://x.com/cb#frag"]}""", "uri field redirect_uris must not contain a fragment")]
    [InlineData("""{"redirectURIs":["https://x.com/cb#"]}""", "uri field redirect_uris must not contain a fragment")]
    public async Task CreateClient_Returns400InvalidClientMetadataAndStoresNothing_WhenRedirectUrisAreInvalid(
        string json,
        string description)
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        var before = await DatabaseRows.CountAsync(_factory, "clients");

        // Act
        var response = await PostJsonAsync(token, json);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["error"] = "invalid_client_metadata",
                ["error_description"] = description,
            }),
            await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseRows.CountAsync(_factory, "clients"));
    }

    [Theory]
    [InlineData("asdf")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"redirectURIs":"https://x.com/cb"}""")]
    [InlineData("""{"redirectURIs":{"0":"https://x.com/cb"}}""")]
    [InlineData("""{"redirectURIs":[1]}""")]
    [InlineData("""{"redirectURIs":["https://x.com/cb"]""")]
    public async Task CreateClient_Returns400UnableToDecode_WhenBodyIsNotTheSchema(string json)
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        var before = await DatabaseRows.CountAsync(_factory, "clients");

        // Act
        var response = await PostJsonAsync(token, json);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":"invalid_request","error_description":"unable to decode request body"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseRows.CountAsync(_factory, "clients"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/json")]
    public async Task CreateClient_Returns415_WhenContentTypeIsNotJson(string contentType)
    {
        // Arrange
        var token = await _session.ClientCredentialsTokenAsync();
        var before = await DatabaseRows.CountAsync(_factory, "clients");

        // Act
        var response = await PostAsync(token, """{"redirectURIs":["https://x.com/cb"]}""", contentType);

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(
            """{"error":"invalid_request","error_description":"unsupported content-type"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseRows.CountAsync(_factory, "clients"));
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string token, string json)
        => await PostAsync(token, json, "application/json");

    private async Task<HttpResponseMessage> PostAsync(string token, string body, string contentType)
    {
        var request = _session.Authorized(HttpMethod.Post, ClientsPath, token);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _session.Client.SendAsync(request);
    }

    private static async Task<(string Id, string Secret)> ReadCreatedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"create failed: {(int)response.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        return (body.GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    /// <summary>32 random bytes in padded base64url (43 characters and one <c>=</c>), then <c>@</c> and a host.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{43}=@[a-z0-9.-]+$")]
    private static partial Regex ClientIdShape();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Base64UrlShape();
}
