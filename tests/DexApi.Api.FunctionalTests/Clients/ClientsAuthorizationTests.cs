using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Api.FunctionalTests.RefreshTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Clients;

/// <summary>
/// One service with a token for every kind of caller of <c>/api/v1/clients</c>: admin and non-admin clients,
/// admin, non-admin and disabled users through each.
/// </summary>
public sealed class ClientCallersFixture : IAsyncLifetime
{
    public const string AppClientId = "app@apps.test";
    public const string AppClientSecret = "app-client-secret-0123456789";
    public const string UserEmail = "someone@example.com";
    public const string UserPassword = "someone's long password";
    public const string DisabledAdminEmail = "former.admin@example.com";
    public const string DisabledAdminPassword = "former admin's password";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; private set; } = null!;

    /// <summary>The bearer token of a caller, by the names the tests use.</summary>
    public string TokenOf(string caller) => _tokens[caller];

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        await Session.SeedClientAsync(AppClientId, AppClientSecret, admin: false, "https://app.apps.test/callback");
        var adminToken = await Session.PasswordTokenAsync();
        await Factory.CreateUserWithPasswordAsync(adminToken, UserEmail, UserPassword);
        var disabledAdminId = await Factory.CreateUserWithPasswordAsync(
            adminToken, DisabledAdminEmail, DisabledAdminPassword, admin: true);

        _tokens["admin-client"] = await Session.ClientCredentialsTokenAsync();
        _tokens["admin-user@admin-client"] = adminToken;
        _tokens["app-client"] = await Session.ClientCredentialsTokenAsync(AppClientId, AppClientSecret);
        _tokens["admin-user@app-client"] = await Session.PasswordTokenAsync(
            clientId: AppClientId, clientSecret: AppClientSecret);
        _tokens["user@admin-client"] = await Session.PasswordTokenAsync(UserEmail, UserPassword);
        _tokens["user@app-client"] = await Session.PasswordTokenAsync(
            UserEmail, UserPassword, AppClientId, AppClientSecret);
        _tokens["disabled-admin@admin-client"] = await Session.PasswordTokenAsync(
            DisabledAdminEmail, DisabledAdminPassword);
        await Session.SetDisabledAsync(adminToken, disabledAdminId, disable: true);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class ClientsAuthorizationTests(ClientCallersFixture fixture) : IClassFixture<ClientCallersFixture>
{
    private const string ClientsPath = "/api/v1/clients";

    private static readonly object s_newClient = new { redirectURIs = new[] { "https://new.example.org/cb" } };

    [Theory]
    [InlineData("admin-client")]
    [InlineData("admin-user@admin-client")]
    public async Task ListClients_Returns200WithAdminClient_WhenCallerIsAdminClientOrAdminUserOfAdminClient(string caller)
    {
        // Arrange
        var token = fixture.TokenOf(caller);

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, ClientsPath, token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var clients = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("clients");
        var admin = clients.EnumerateArray().Single(c => c.GetProperty("id").GetString() == DexApiFactory.AdminClientId);
        Assert.Equal(
            """{"id":"admin-console@dexapi.test","redirectURIs":["https://console.example.com/callback","https://console.example.com/other"]}""",
            admin.GetRawText());
    }

    [Theory]
    [InlineData("admin-client")]
    [InlineData("admin-user@admin-client")]
    public async Task CreateClient_Returns200AndStoresClient_WhenCallerIsAdminClientOrAdminUserOfAdminClient(string caller)
    {
        // Arrange
        var token = fixture.TokenOf(caller);
        var before = await DatabaseRows.CountAsync(fixture.Factory, "clients");

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Post, ClientsPath, token, s_newClient);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.EndsWith("@new.example.org", id);
        Assert.Equal(before + 1, await DatabaseRows.CountAsync(fixture.Factory, "clients"));
        Assert.Single(await DatabaseRows.ReadAllAsync(fixture.Factory, "clients", "id = @id", ("@id", id)));
    }

    [Theory]
    [InlineData("app-client")]
    [InlineData("admin-user@app-client")]
    [InlineData("user@admin-client")]
    [InlineData("user@app-client")]
    public async Task ListClients_Returns403Forbidden_WhenCallerIsNotAnAdminPair(string caller)
    {
        // Arrange
        var token = fixture.TokenOf(caller);

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, ClientsPath, token);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TokenFlows.ForbiddenBody, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("app-client")]
    [InlineData("admin-user@app-client")]
    [InlineData("user@admin-client")]
    [InlineData("user@app-client")]
    public async Task CreateClient_Returns403ForbiddenAndStoresNothing_WhenCallerIsNotAnAdminPair(string caller)
    {
        // Arrange
        var token = fixture.TokenOf(caller);
        var before = await DatabaseRows.CountAsync(fixture.Factory, "clients");

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Post, ClientsPath, token, s_newClient);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TokenFlows.ForbiddenBody, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseRows.CountAsync(fixture.Factory, "clients"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Clients_Returns401_WhenAdminUserIsDisabled(string method)
    {
        // Arrange
        var token = fixture.TokenOf("disabled-admin@admin-client");

        // Act
        var response = await fixture.Session.SendAsync(
            new HttpMethod(method), ClientsPath, token, method == "POST" ? s_newClient : null);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("POST", null)]
    [InlineData("GET", "Bearer")]
    [InlineData("GET", "Bearer ")]
    [InlineData("GET", "Bearer garbage")]
    [InlineData("POST", "Bearer garbage")]
    [InlineData("GET", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("GET", "Basic YWRtaW4tY29uc29sZUBkZXhhcGkudGVzdDpzZWNyZXQ=")]
    public async Task Clients_Returns401Unauthorized_WhenTokenIsMissingOrGarbage(string method, string? authorization)
    {
        // Arrange
        var before = await DatabaseRows.CountAsync(fixture.Factory, "clients");
        var request = new HttpRequestMessage(new HttpMethod(method), ClientsPath);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (method == "POST")
        {
            request.Content = JsonContent.Create(s_newClient);
        }

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TokenFlows.UnauthorizedBody, await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(before, await DatabaseRows.CountAsync(fixture.Factory, "clients"));
    }

    [Fact]
    public async Task ListClients_Returns401Unauthorized_WhenClientCredentialsTokenNamesUnknownClient()
    {
        // Arrange: a well-signed client-credentials token of a client that is not registered
        var claims = TokenForge.UserClaims("ghost@nowhere.test", "ghost@nowhere.test");
        var token = TokenForge.SignWithServiceKey(fixture.Factory, claims);

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, ClientsPath, token);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListClients_Returns401Unauthorized_WhenTokenIsSignedByAnotherKey()
    {
        // Arrange: the admin client's claims, signed with a key the service never had
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "foreign" };
        var claims = TokenForge.UserClaims(DexApiFactory.AdminClientId, DexApiFactory.AdminClientId);
        var request = new HttpRequestMessage(HttpMethod.Get, ClientsPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenForge.Sign(key, claims));

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TokenFlows.UnauthorizedBody, await response.Content.ReadAsStringAsync());
    }
}
