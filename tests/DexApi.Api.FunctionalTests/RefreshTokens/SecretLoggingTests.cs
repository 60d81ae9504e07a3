using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Web;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.RefreshTokens;

/// <summary>
/// Runs the flows that handle secrets with every application log event written, as JSON with all its
/// properties, to a file, then searches that file for the secrets. The framework's own categories keep
/// the levels that appsettings.json ships with (Microsoft.AspNetCore at Warning).
/// </summary>
/// <remarks>
/// Serilog's request logging writes through the static <c>Log.Logger</c>, which every host of the test run
/// replaces with its own; run alone, this host's request lines reach this host's file.
/// </remarks>
[Collection(CapturedLogsDefinition.Name)]
public sealed class SecretLoggingTests : IAsyncLifetime
{
    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "dexapi-tests", "logs-" + Guid.NewGuid().ToString("N"));
    private readonly DexApiFactory _factory;
    private bool _factoryDisposed;

    public SecretLoggingTests()
    {
        _factory = new DexApiFactory(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            // Replaces the console sink of appsettings.json (entry 0), so nothing else receives the events.
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = LogPath,
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        });
    }

    private string LogPath => Path.Combine(_logDirectory, "dexapi.log");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await DisposeFactoryAsync();
        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Logs_ContainNoSecretOrToken_WhenClientsUsersAndTokensAreHandled()
    {
        // Arrange
        var session = new ApiSession(_factory);
        var secrets = new List<string> { DexApiFactory.AdminClientSecret, DexApiFactory.AdminPassword };
        const string userEmail = "logged.user@example.com";
        const string userPassword = "user secret pass phrase";
        const string wrongClientSecret = "wrong-client-secret-4c1d";
        const string wrongPassword = "wrong pass phrase 77";
        const string garbageBearer = "garbage-bearer-value-93b7";
        secrets.AddRange([userPassword, wrongClientSecret, wrongPassword, garbageBearer]);

        // Act
        var adminTokens = await TokenFlows.ReadTokensAsync(await session.PasswordGrantAsync(
            DexApiFactory.AdminEmail, DexApiFactory.AdminPassword, "openid offline_access"));
        secrets.AddRange([adminTokens.AccessToken, adminTokens.Refresh]);
        var adminClientToken = await session.ClientCredentialsTokenAsync();
        secrets.Add(adminClientToken);

        var created = await session.SendAsync(HttpMethod.Post, "/api/v1/clients", adminClientToken,
            new { redirectURIs = new[] { "https://logged.example.com/cb" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var client = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var newClientId = client.GetProperty("id").GetString()!;
        var newClientSecret = client.GetProperty("secret").GetString()!;
        secrets.Add(newClientSecret);

        var basic = new HttpRequestMessage(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(newClientId)}:{Uri.EscapeDataString(newClientSecret)}")));
        var newClientToken = await TokenFlows.ReadTokensAsync(await session.Client.SendAsync(basic));
        secrets.Add(newClientToken.AccessToken);

        var user = await session.CreateUserAsync(adminTokens.AccessToken, userEmail);
        var link = user.GetProperty("resetPasswordLink").GetString()!;
        secrets.Add(HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!);
        var accept = await session.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        var formPath = "/" + accept.Headers.Location!.OriginalString.TrimStart('/');
        secrets.Add(HttpUtility.ParseQueryString(new Uri(new Uri(DexApiFactory.Issuer), formPath).Query)["token"]!);
        Assert.Equal(HttpStatusCode.SeeOther, (await session.SubmitPasswordFormAsync(formPath, userPassword)).StatusCode);

        var userTokens = await session.SignInOfflineAsync(userEmail, userPassword, newClientId, newClientSecret);
        secrets.AddRange([userTokens.AccessToken, userTokens.Refresh]);
        var refreshed = await TokenFlows.ReadTokensAsync(
            await session.RefreshGrantAsync(userTokens.Refresh, clientId: newClientId, clientSecret: newClientSecret));
        secrets.AddRange([refreshed.AccessToken, refreshed.Refresh]);
        var account = await session.SendAsync(
            HttpMethod.Get, $"/api/v1/account/{user.GetProperty("user").GetProperty("id").GetString()}/refresh", refreshed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);

        // Failures: a wrong client secret, a wrong password, a garbage bearer token, an unknown refresh token.
        await TokenFlows.AssertTokenErrorAsync(
            await session.RequestTokenAsync(
                ("grant_type", "client_credentials"), ("client_id", newClientId), ("client_secret", wrongClientSecret)),
            HttpStatusCode.Unauthorized,
            "invalid_client");
        await TokenFlows.AssertTokenErrorAsync(
            await session.PasswordGrantAsync(userEmail, wrongPassword, "openid", newClientId, newClientSecret),
            HttpStatusCode.BadRequest,
            "invalid_grant");
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await session.SendAsync(HttpMethod.Get, "/api/v1/clients", garbageBearer)).StatusCode);
        await TokenFlows.AssertTokenErrorAsync(
            await session.RefreshGrantAsync(userTokens.Refresh + "x", clientId: newClientId, clientSecret: newClientSecret),
            HttpStatusCode.BadRequest,
            "invalid_grant");

        await DisposeFactoryAsync();
        var log = await ReadLogAsync();

        // Assert: the log is real and covers the flow...
        Assert.Contains("\"RequestPath\":\"/token\"", log, StringComparison.Ordinal);
        Assert.Contains("\"RequestPath\":\"/api/v1/clients\"", log, StringComparison.Ordinal);
        Assert.Contains("Client authentication failed for {ClientId}", log, StringComparison.Ordinal);
        Assert.Contains(newClientId, log, StringComparison.Ordinal);

        // ...and holds none of the secrets, in any of the encodings they travelled in.
        foreach (var secret in secrets.Distinct())
        {
            foreach (var form in EncodingsOf(secret))
            {
                Assert.False(
                    log.Contains(form, StringComparison.Ordinal),
                    $"the log contains a secret ({form[..Math.Min(8, form.Length)]}...)");
            }
        }
    }

    /// <summary>The value as sent, URL-escaped and form-encoded; for a JWT also its signature alone.</summary>
    private static IEnumerable<string> EncodingsOf(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        yield return WebUtility.UrlEncode(secret);
        yield return JsonEncodedText.Encode(secret).ToString();
        var parts = secret.Split('.');
        if (parts.Length == 3 && parts[2].Length > 16)
        {
            yield return parts[2];
        }
    }

    private async Task<string> ReadLogAsync()
    {
        Assert.True(File.Exists(LogPath), "no log file was written");
        await using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private async Task DisposeFactoryAsync()
    {
        if (!_factoryDisposed)
        {
            _factoryDisposed = true;
            await _factory.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CapturedLogsDefinition
{
    public const string Name = "Serial: captured logs";
}
