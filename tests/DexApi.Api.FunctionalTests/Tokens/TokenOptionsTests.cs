using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Authentication;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>The <c>Tokens</c> settings: the password-grant switch, the token lifetime and the clock skew.</summary>
public sealed class TokenOptionsTests
{
    [Fact]
    public async Task PostToken_RefusesPasswordGrant_WhenPasswordGrantIsDisabled()
    {
        // Arrange
        await using var factory = new DexApiFactory(new Dictionary<string, string?>
        {
            ["Tokens:PasswordGrantEnabled"] = "false",
        });
        var session = new ApiSession(factory);

        // Act
        var password = await session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", DexApiFactory.AdminEmail),
            ("password", DexApiFactory.AdminPassword),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));
        var discovery = await session.Client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        // Assert
        await GuardAssert.ErrorAsync(password, HttpStatusCode.BadRequest,
            """{"error":"unsupported_grant_type","error_description":"the password grant is turned off"}""");
        Assert.False(string.IsNullOrEmpty(await session.ClientCredentialsTokenAsync()));
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(grant => grant.GetString()).ToList();
        Assert.Contains("client_credentials", grants);
        Assert.DoesNotContain("password", grants);
    }

    [Fact]
    public async Task ListUsers_Returns401_WhenAccessTokenLifetimeHasPassed()
    {
        // Arrange: with no skew a token is refused as soon as its exp has passed.
        await using var factory = new DexApiFactory(new Dictionary<string, string?>
        {
            ["Tokens:AccessTokenLifetime"] = "00:00:02",
            ["Tokens:ClockSkew"] = "00:00:00",
        });
        var session = new ApiSession(factory);
        var response = await session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", DexApiFactory.AdminEmail),
            ("password", DexApiFactory.AdminPassword),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("access_token").GetString()!;
        var claims = JwtSegments.Payload(token);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64());

        // Act
        var fresh = await session.SendAsync(HttpMethod.Get, "/api/v1/users", token);
        var wait = expiresAt.AddSeconds(1) - DateTimeOffset.UtcNow;
        Assert.True(wait <= TimeSpan.FromSeconds(3), $"exp is {wait} away: the lifetime setting was not applied");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var expired = await session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        Assert.Equal(2, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(claims.GetProperty("iat").GetInt64() + 2, claims.GetProperty("exp").GetInt64());
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        await GuardAssert.UnauthorizedAsync(expired);
    }
}
