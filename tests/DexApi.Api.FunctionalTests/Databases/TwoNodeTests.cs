using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DexApi.TestDatabases;

namespace DexApi.Api.FunctionalTests.Databases;

/// <summary>Two service processes on one PostgreSQL database behave as one service.</summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string AdminEmail = "admin@example.com";
    private const string AdminPassword = "two nodes, one service";
    private const string ClientId = "console@cluster.test";
    private const string ClientSecret = "cluster-console-secret-0123456789";

    private string? _database;
    private ServiceProcess? _nodeA;
    private ServiceProcess? _nodeB;

    public async Task InitializeAsync()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            return;
        }

        _database = PostgresTestServer.CreateDatabase();
        var masterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _nodeA = await ServiceProcess.StartAsync(Settings(masterKey));
        _nodeB = await ServiceProcess.StartAsync(Settings(masterKey));
    }

    public async Task DisposeAsync()
    {
        if (_nodeA is not null)
        {
            await _nodeA.DisposeAsync();
        }

        if (_nodeB is not null)
        {
            await _nodeB.DisposeAsync();
        }

        if (_database is not null)
        {
            PostgresTestServer.DropDatabase(_database);
        }
    }

    [PostgresFact]
    public async Task Nodes_ShareTokensCursorsRevocationsAndKeyRotations_WhenOnOneDatabase()
    {
        var a = _nodeA!.Client;
        var b = _nodeB!.Client;

        // A token issued by A works on B.
        var firstToken = await PasswordGrantAsync(a, "openid offline_access");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(b, "/api/v1/users", firstToken.AccessToken)).StatusCode);

        // A paging cursor from A opens on B.
        foreach (var email in new[] { "ann@example.com", "bob@example.com" })
        {
            var created = await PostJsonAsync(a, "/api/v1/users", firstToken.AccessToken, new
            {
                user = new { email },
                redirectURL = "https://console.cluster.test/callback",
            });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var pageOnA = await ReadJsonAsync(await GetAsync(a, "/api/v1/users?maxResults=1", firstToken.AccessToken));
        var cursor = pageOnA.GetProperty("nextPageToken").GetString();
        var pageOnB = await ReadJsonAsync(
            await GetAsync(b, $"/api/v1/users?nextPageToken={Uri.EscapeDataString(cursor!)}", firstToken.AccessToken));
        Assert.Equal("admin@example.com", pageOnA.GetProperty("users")[0].GetProperty("email").GetString());
        Assert.Equal("ann@example.com", pageOnB.GetProperty("users")[0].GetProperty("email").GetString());

        // A revocation on A holds on B at once.
        var adminId = JwtPayload(firstToken.AccessToken).GetProperty("sub").GetString();
        var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/account/{adminId}/refresh/{Uri.EscapeDataString(ClientId)}");
        revoke.Headers.Authorization = new AuthenticationHeaderValue("Bearer", firstToken.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(revoke)).StatusCode);
        var refreshOnB = await TokenAsync(b, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = firstToken.RefreshToken! });
        Assert.Equal(HttpStatusCode.BadRequest, refreshOnB.StatusCode);

        // A key rotation is seen by both: A's next tokens carry the new key, and B accepts old and new.
        var firstKeyId = JwtHeaderKeyId(firstToken.AccessToken);
        var rotatedToken = await WaitForTokenSignedByAnotherKeyAsync(a, firstKeyId);
        var acceptedOnB = await WaitForOkAsync(() => GetAsync(b, "/api/v1/users", rotatedToken));
        Assert.Equal(HttpStatusCode.OK, acceptedOnB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(b, "/api/v1/users", firstToken.AccessToken)).StatusCode);
        var keysOnB = (await ReadJsonAsync(await b.GetAsync("/keys"))).GetProperty("keys").EnumerateArray()
            .Select(key => key.GetProperty("kid").GetString()).ToList();
        Assert.Contains(JwtHeaderKeyId(rotatedToken), keysOnB);
        Assert.Contains(firstKeyId, keysOnB);
    }

    private Dictionary<string, string> Settings(string masterKey) => new()
    {
        ["Issuer"] = "http://dexapi.cluster.test",
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = _database!,
        ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "dexapi-tests", Guid.NewGuid().ToString("N")),
        ["Security:MasterKey"] = masterKey,
        ["Keys:RotationPeriod"] = "00:00:06",
        ["Keys:RefreshInterval"] = "00:00:01",
        ["Bootstrap:AdminEmail"] = AdminEmail,
        ["Bootstrap:AdminPassword"] = AdminPassword,
        ["Bootstrap:AdminClientId"] = ClientId,
        ["Bootstrap:AdminClientSecret"] = ClientSecret,
        ["Bootstrap:AdminClientRedirectUris:0"] = "https://console.cluster.test/callback",
        ["OpenApi:SwaggerUi"] = "false",
    };

    private static async Task<(string AccessToken, string? RefreshToken)> PasswordGrantAsync(HttpClient node, string scope)
    {
        var response = await TokenAsync(node, new()
        {
            ["grant_type"] = "password",
            ["username"] = AdminEmail,
            ["password"] = AdminPassword,
            ["scope"] = scope,
        });
        var body = await ReadJsonAsync(response);
        return (body.GetProperty("access_token").GetString()!,
            body.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null);
    }

    private static async Task<HttpResponseMessage> TokenAsync(HttpClient node, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(ClientId)}:{ClientSecret}")));
        return await node.SendAsync(request);
    }

    private static async Task<string> WaitForTokenSignedByAnotherKeyAsync(HttpClient node, string? keyId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var (token, _) = await PasswordGrantAsync(node, "openid");
            if (JwtHeaderKeyId(token) != keyId)
            {
                return token;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the signing key did not rotate");
    }

    private static async Task<HttpResponseMessage> WaitForOkAsync(Func<Task<HttpResponseMessage>> send)
    {
        // The other node reads the new key within its refresh interval, or at once when a token names it.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var response = await send();
        while (response.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            response = await send();
        }

        return response;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient node, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return node.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient node, string path, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return node.SendAsync(request);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static string? JwtHeaderKeyId(string token) => JwtPart(token, 0).GetProperty("kid").GetString();

    private static JsonElement JwtPayload(string token) => JwtPart(token, 1);

    private static JsonElement JwtPart(string token, int index)
    {
        var part = token.Split('.')[index].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(part)).RootElement;
    }
}
