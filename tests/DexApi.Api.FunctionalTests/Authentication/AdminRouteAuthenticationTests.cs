using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Infrastructure.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Authentication;

/// <summary>
/// Bearer tokens that must not identify anyone on the admin routes of /api/v1/users: every one of them is
/// a 401 <c>unauthorized</c> with <c>WWW-Authenticate: Bearer</c>, answered before the body is read, and
/// changes nothing.
/// </summary>
public sealed class AdminRouteAuthenticationTests(AdminRouteFixture fixture) : IClassFixture<AdminRouteFixture>
{
    private static readonly Lazy<RsaSecurityKey> s_foreignRsa = new(() => new RsaSecurityKey(RSA.Create(2048)));

    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static TheoryData<string> RejectedCredentials => new()
    {
        "no-authorization-header",
        "bearer-without-token",
        "basic-client-credentials",
        "garbage",
        "three-garbage-segments",
        "signed-by-other-rsa-key",
        "alg-none",
        "hs256-keyed-with-public-key",
        "tampered-payload",
        "expired-beyond-clock-skew",
        "wrong-issuer",
        "aud-array",
        "aud-missing",
        "aud-empty",
        "iat-missing",
        "exp-missing",
        "sub-empty",
        "sub-missing",
        "unknown-user",
        "unknown-client",
        "client-credentials",
        "invitation-link-token",
    };

    private SigningKeyRing Keys => fixture.Factory.Services.GetRequiredService<SigningKeyRing>();

    [Theory]
    [MemberData(nameof(RejectedCredentials))]
    public async Task ListUsers_Returns401_WhenCredentialsAreRejected(string credentials)
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users");
        Authorize(request, credentials);

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.UnauthorizedAsync(response);
    }

    [Theory]
    [MemberData(nameof(RejectedCredentials))]
    public async Task CreateUser_Returns401AndCreatesNoUser_WhenCredentialsAreRejected(string credentials)
    {
        // Arrange
        var email = $"rejected.{credentials}@example.com";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = JsonContent.Create(new
            {
                user = new { email, displayName = "Rejected", admin = true, emailVerified = true },
                redirectURL = DexApiFactory.AdminRedirectUri,
            }),
        };
        Authorize(request, credentials);

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.UnauthorizedAsync(response);
        Assert.DoesNotContain(email, await fixture.ListEmailsAsync());
    }

    [Theory]
    [InlineData("no-authorization-header", "application/json", "{\"user\":")]
    [InlineData("garbage", "application/json", "not json at all")]
    [InlineData("expired-beyond-clock-skew", "text/plain", "hello")]
    [InlineData("unknown-user", "application/json", "{\"user\":")]
    [InlineData("unknown-client", "application/json", "[1,2,3]")]
    [InlineData("client-credentials", "text/plain", "hello")]
    public async Task CreateUser_Returns401BeforeReadingBody_WhenCredentialsAreRejectedAndBodyIsMalformed(
        string credentials, string contentType, string body)
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        Authorize(request, credentials);

        // Act
        var response = await fixture.Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.UnauthorizedAsync(response);
    }

    [Fact]
    public async Task ListUsers_Returns200_WhenForgedTokenHasEveryRequiredClaim()
    {
        // Arrange: the control for the forged tokens above, each of which breaks exactly one thing.
        var token = TokenForge.SignWithServiceKey(fixture.Factory, ValidClaims());

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListUsers_Returns200_WhenTokenExpiredWithinClockSkew()
    {
        // Arrange: expired 10 seconds ago; the default skew is 30 seconds.
        var claims = TokenForge.UserClaims(fixture.AdminUserId, DexApiFactory.AdminClientId, DateTimeOffset.UtcNow.AddMinutes(-5));
        claims["exp"] = DateTimeOffset.UtcNow.AddSeconds(-10).ToUnixTimeSeconds();
        var token = TokenForge.SignWithServiceKey(fixture.Factory, claims);

        // Act
        var response = await fixture.Session.SendAsync(HttpMethod.Get, "/api/v1/users", token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private void Authorize(HttpRequestMessage request, string credentials)
    {
        switch (credentials)
        {
            case "no-authorization-header":
                return;
            case "bearer-without-token":
                Assert.True(request.Headers.TryAddWithoutValidation("Authorization", "Bearer "));
                return;
            case "basic-client-credentials":
                var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(
                    $"{Uri.EscapeDataString(DexApiFactory.AdminClientId)}:{DexApiFactory.AdminClientSecret}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                return;
            default:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken(credentials));
                return;
        }
    }

    private string BearerToken(string credentials) => credentials switch
    {
        "garbage" => "not-a-jwt",
        "three-garbage-segments" => "abc.def.ghi",
        "signed-by-other-rsa-key" => TokenForge.Sign(ForeignKeyWithOurKeyId(), ValidClaims()),
        "alg-none" => Unsigned(ValidClaims()),
        "hs256-keyed-with-public-key" => SignHs256WithPublicKeyPem(ValidClaims()),
        "tampered-payload" => Tamper(fixture.AdminToken),
        "expired-beyond-clock-skew" => Forge(TokenForge.UserClaims(
            fixture.AdminUserId, DexApiFactory.AdminClientId, DateTimeOffset.UtcNow.AddMinutes(-12))),
        "wrong-issuer" => Forge(With("iss", "http://evil.test")),
        "aud-array" => Forge(With("aud", new[] { DexApiFactory.AdminClientId })),
        "aud-missing" => Forge(Without("aud")),
        "aud-empty" => Forge(With("aud", "")),
        "iat-missing" => Forge(Without("iat")),
        "exp-missing" => Forge(Without("exp")),
        "sub-empty" => Forge(With("sub", "")),
        "sub-missing" => Forge(Without("sub")),
        "unknown-user" => Forge(With("sub", Guid.NewGuid().ToString("D"))),
        "unknown-client" => Forge(With("aud", "nobody@dexapi.test")),
        "client-credentials" => fixture.ClientCredentialsToken,
        "invitation-link-token" => fixture.InvitationLinkToken,
        _ => throw new ArgumentOutOfRangeException(nameof(credentials), credentials, "unknown case"),
    };

    /// <summary>The claims of a token the admin user would get through the admin client.</summary>
    private Dictionary<string, object> ValidClaims()
        => TokenForge.UserClaims(fixture.AdminUserId, DexApiFactory.AdminClientId);

    private Dictionary<string, object> With(string name, object value)
    {
        var claims = ValidClaims();
        claims[name] = value;
        return claims;
    }

    private Dictionary<string, object> Without(string name)
    {
        var claims = ValidClaims();
        Assert.True(claims.Remove(name));
        return claims;
    }

    private string Forge(Dictionary<string, object> claims) => TokenForge.SignWithServiceKey(fixture.Factory, claims);

    /// <summary>Another RSA key that claims to be ours: same <c>kid</c>, different modulus.</summary>
    private RsaSecurityKey ForeignKeyWithOurKeyId()
        => new(s_foreignRsa.Value.Rsa) { KeyId = Keys.Active.KeyId };

    /// <summary>A hand-built <c>alg: none</c> token: header, payload and an empty signature.</summary>
    private static string Unsigned(Dictionary<string, object> claims)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims));
        return $"{header}.{payload}.";
    }

    /// <summary>The algorithm-confusion attack: HS256 keyed with the service's public key, which anyone has.</summary>
    private string SignHs256WithPublicKeyPem(Dictionary<string, object> claims)
    {
        var pem = Keys.Active.Rsa.ExportSubjectPublicKeyInfoPem();
        return s_handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(pem)) { KeyId = Keys.Active.KeyId },
                SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A real token whose payload was changed (a later expiry) after it was signed.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        var claims = payload.ToDictionary(pair => pair.Key, pair => (object)pair.Value);
        claims["exp"] = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds();
        return $"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims))}.{parts[2]}";
    }
}
