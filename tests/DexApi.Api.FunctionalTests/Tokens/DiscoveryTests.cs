using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>OpenID Connect discovery and the JWKS: what a relying party needs to verify our tokens by itself.</summary>
public sealed class DiscoveryTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new();
    private ApiSession _session = null!;

    public Task InitializeAsync()
    {
        _session = new ApiSession(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task GetConfiguration_ReturnsIssuerAndEndpoints()
    {
        // Act
        var response = await _session.Client.GetAsync("/.well-known/openid-configuration");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DexApiFactory.Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal($"{DexApiFactory.Issuer}/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal($"{DexApiFactory.Issuer}/keys", document.GetProperty("jwks_uri").GetString());
        Assert.Equal(["RS256"], Strings(document.GetProperty("id_token_signing_alg_values_supported")));
        var grants = Strings(document.GetProperty("grant_types_supported")).ToList();
        Assert.Contains("client_credentials", grants);
        Assert.Contains("password", grants);
    }

    [Fact]
    public async Task GetKeys_ReturnsOnlyPublicRsaKeys()
    {
        // Act
        var response = await _session.Client.GetAsync("/keys");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var keys = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys");
        Assert.NotEqual(0, keys.GetArrayLength());
        foreach (var key in keys.EnumerateArray())
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.Equal("sig", key.GetProperty("use").GetString());
            Assert.Equal("RS256", key.GetProperty("alg").GetString());
            Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
            Assert.Equal(256, Base64UrlEncoder.DecodeBytes(key.GetProperty("n").GetString()).Length);
            Assert.Equal("AQAB", key.GetProperty("e").GetString());
            foreach (var privateMember in new[] { "d", "p", "q", "dp", "dq", "qi" })
            {
                Assert.False(key.TryGetProperty(privateMember, out _), $"the JWKS publishes private member {privateMember}");
            }
        }
    }

    [Fact]
    public async Task IssuedToken_Verifies_WhenCheckedAgainstPublishedKeySet()
    {
        // Arrange: only what any relying party has: the discovery document, the JWKS it points to, a token.
        var token = await _session.PasswordTokenAsync();
        var discovery = await _session.Client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var keySet = new JsonWebKeySet(await _session.Client.GetStringAsync(jwksUri.PathAndQuery));
        var kid = JwtSegments.Header(token).GetProperty("kid").GetString();
        var publishedKey = Assert.Single(keySet.Keys, key => key.Kid == kid);
        using var unrelatedRsa = RSA.Create(2048);
        var handler = new JsonWebTokenHandler();

        // Act
        var withPublishedKey = await handler.ValidateTokenAsync(token, Parameters(discovery, publishedKey));
        var withUnrelatedKey = await handler.ValidateTokenAsync(token, Parameters(discovery, new RsaSecurityKey(unrelatedRsa) { KeyId = kid }));

        // Assert
        Assert.True(withPublishedKey.IsValid, withPublishedKey.Exception?.Message);
        Assert.Equal(DexApiFactory.AdminEmail, ((JsonWebToken)withPublishedKey.SecurityToken).GetClaim("email").Value);
        Assert.False(withUnrelatedKey.IsValid);
    }

    private static TokenValidationParameters Parameters(JsonElement discovery, SecurityKey key) => new()
    {
        ValidIssuer = discovery.GetProperty("issuer").GetString(),
        ValidAudience = DexApiFactory.AdminClientId,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
    };

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString());
}
