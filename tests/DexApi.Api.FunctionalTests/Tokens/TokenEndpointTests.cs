using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Authentication;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>POST /token: the password and client-credentials grants, client authentication and every refusal.</summary>
public sealed class TokenEndpointTests(TokenEndpointFixture fixture) : IClassFixture<TokenEndpointFixture>
{
    private const string InvalidClientBody =
        """{"error":"invalid_client","error_description":"client authentication failed"}""";

    private const string InvalidGrantBody =
        """{"error":"invalid_grant","error_description":"invalid username or password"}""";

    private ApiSession Session => fixture.Session;

    [Fact]
    public async Task PostToken_ReturnsSignedUserToken_WhenPasswordGrantSucceeds()
    {
        // Arrange
        var notBefore = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // Act
        var response = await Session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", DexApiFactory.AdminEmail),
            ("password", DexApiFactory.AdminPassword),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));

        // Assert
        var notAfter = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store is missing");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["access_token", "expires_in", "id_token", "token_type"],
            body.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        var token = body.GetProperty("access_token").GetString()!;
        Assert.Equal(token, body.GetProperty("id_token").GetString());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());

        var header = JwtSegments.Header(token);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Contains(header.GetProperty("kid").GetString(), await PublishedKeyIdsAsync());

        var claims = JwtSegments.Payload(token);
        Assert.Equal(DexApiFactory.Issuer, claims.GetProperty("iss").GetString());
        Assert.Equal(fixture.AdminUserId, claims.GetProperty("sub").GetString());
        Assert.Equal(JsonValueKind.String, claims.GetProperty("aud").ValueKind);
        Assert.Equal(DexApiFactory.AdminClientId, claims.GetProperty("aud").GetString());
        var issuedAt = claims.GetProperty("iat").GetInt64();
        Assert.InRange(issuedAt, notBefore, notAfter);
        Assert.Equal(issuedAt + 3600, claims.GetProperty("exp").GetInt64());
        Assert.Equal(DexApiFactory.AdminEmail, claims.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.True, claims.GetProperty("email_verified").ValueKind);
        Assert.Equal("Admin", claims.GetProperty("name").GetString());
    }

    [Fact]
    public async Task PostToken_ReturnsClientToken_WhenClientCredentialsGrantSucceeds()
    {
        // Act
        var response = await Session.RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store is missing");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("access_token").GetString()!;
        Assert.Equal(token, body.GetProperty("id_token").GetString());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        var claims = JwtSegments.Payload(token);
        Assert.Equal(DexApiFactory.Issuer, claims.GetProperty("iss").GetString());
        Assert.Equal(DexApiFactory.AdminClientId, claims.GetProperty("sub").GetString());
        Assert.Equal(DexApiFactory.AdminClientId, claims.GetProperty("aud").GetString());
        Assert.Equal(claims.GetProperty("iat").GetInt64() + 3600, claims.GetProperty("exp").GetInt64());
        Assert.False(claims.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData(DexApiFactory.AdminClientId, DexApiFactory.AdminClientSecret)]
    [InlineData(TokenEndpointFixture.ToolClientId, TokenEndpointFixture.ToolClientSecret)]
    public async Task PostToken_AuthenticatesClient_WhenBasicCredentialsAreFormUrlEncoded(string clientId, string secret)
    {
        // Arrange: RFC 6749 section 2.3.1: id and secret are form-urlencoded, then joined by a colon.
        var request = TokenRequest(("grant_type", "client_credentials"));
        request.Headers.Authorization = Basic($"{WebUtility.UrlEncode(clientId)}:{WebUtility.UrlEncode(secret)}");

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        Assert.Equal(clientId, JwtSegments.Payload(token).GetProperty("sub").GetString());
    }

    [Theory]
    [InlineData(DexApiFactory.AdminClientId, DexApiFactory.AdminClientSecret)]
    [InlineData(TokenEndpointFixture.ToolClientId, TokenEndpointFixture.ToolClientSecret)]
    public async Task PostToken_AuthenticatesClient_WhenCredentialsAreFormFields(string clientId, string secret)
    {
        // Act
        var response = await Session.RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", clientId),
            ("client_secret", secret));

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        Assert.Equal(clientId, JwtSegments.Payload(token).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task PostToken_Returns400InvalidRequest_WhenClientUsesBasicAndFormSecretAtOnce()
    {
        // Arrange
        var request = TokenRequest(
            ("grant_type", "client_credentials"),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));
        request.Headers.Authorization = AdminBasic();

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest,
            """{"error":"invalid_request","error_description":"use one client authentication method, not two"}""");
    }

    [Theory]
    [InlineData("wrong-secret-in-form")]
    [InlineData("wrong-secret-in-basic")]
    [InlineData("unknown-client-in-form")]
    [InlineData("unknown-client-in-basic")]
    [InlineData("no-credentials")]
    [InlineData("id-without-secret")]
    [InlineData("basic-not-base64")]
    [InlineData("basic-without-colon")]
    [InlineData("basic-id-not-url-encoded")]
    public async Task PostToken_Returns401InvalidClient_WhenClientAuthenticationFails(string credentials)
    {
        // Arrange
        var form = new List<(string, string)> { ("grant_type", "client_credentials") };
        AuthenticationHeaderValue? basic = null;
        switch (credentials)
        {
            case "wrong-secret-in-form":
                form.Add(("client_id", DexApiFactory.AdminClientId));
                form.Add(("client_secret", DexApiFactory.AdminClientSecret + "x"));
                break;
            case "wrong-secret-in-basic":
                basic = Basic($"{WebUtility.UrlEncode(DexApiFactory.AdminClientId)}:wrong");
                break;
            case "unknown-client-in-form":
                form.Add(("client_id", "nobody@dexapi.test"));
                form.Add(("client_secret", DexApiFactory.AdminClientSecret));
                break;
            case "unknown-client-in-basic":
                basic = Basic($"nobody%40dexapi.test:{DexApiFactory.AdminClientSecret}");
                break;
            case "no-credentials":
                break;
            case "id-without-secret":
                form.Add(("client_id", DexApiFactory.AdminClientId));
                break;
            case "basic-not-base64":
                basic = new AuthenticationHeaderValue("Basic", "not base64!");
                break;
            case "basic-without-colon":
                basic = Basic(WebUtility.UrlEncode(DexApiFactory.AdminClientId));
                break;
            case "basic-id-not-url-encoded":
                basic = Basic($"{TokenEndpointFixture.ToolClientId}:{WebUtility.UrlEncode(TokenEndpointFixture.ToolClientSecret)}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(credentials), credentials, "unknown case");
        }

        var request = TokenRequest([.. form]);
        request.Headers.Authorization = basic;

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, InvalidClientBody);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
    }

    [Theory]
    [InlineData(DexApiFactory.AdminEmail, "not the password")]
    [InlineData("nobody@example.com", DexApiFactory.AdminPassword)]
    [InlineData("admin", DexApiFactory.AdminPassword)]
    [InlineData(TokenEndpointFixture.InvitedEmail, TokenEndpointFixture.UserPassword)]
    [InlineData(TokenEndpointFixture.DisabledEmail, TokenEndpointFixture.UserPassword)]
    public async Task PostToken_Returns400InvalidGrant_WhenUserCannotSignIn(string username, string password)
    {
        // Arrange: wrong password, unknown email, not an email, invited without a password yet, and
        // disabled with the right password all look the same to the caller.

        // Act
        var response = await PasswordGrantAsync(username, password);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest, InvalidGrantBody);
    }

    [Fact]
    public async Task PostToken_AnswersByteForByteAlike_WhenPasswordIsWrongOrEmailUnknown()
    {
        // Act
        var wrongPassword = await PasswordGrantAsync(DexApiFactory.AdminEmail, "not the password");
        var unknownEmail = await PasswordGrantAsync("nobody@example.com", "not the password");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownEmail.StatusCode);
        Assert.Equal(wrongPassword.Content.Headers.ContentType, unknownEmail.Content.Headers.ContentType);
        Assert.Equal(await wrongPassword.Content.ReadAsByteArrayAsync(), await unknownEmail.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("username", """{"error":"invalid_request","error_description":"username is required"}""")]
    [InlineData("password", """{"error":"invalid_request","error_description":"password is required"}""")]
    public async Task PostToken_Returns400InvalidRequest_WhenPasswordGrantFieldIsMissing(string missing, string expected)
    {
        // Arrange
        var form = new[]
        {
            ("grant_type", "password"),
            ("username", DexApiFactory.AdminEmail),
            ("password", DexApiFactory.AdminPassword),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret),
        }.Where(field => field.Item1 != missing).ToArray();

        // Act
        var response = await Session.RequestTokenAsync(form);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task PostToken_Returns400InvalidRequest_WhenGrantTypeIsMissing(string? grantType)
    {
        // Arrange
        var form = new List<(string, string)>
        {
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret),
        };
        if (grantType is not null)
        {
            form.Add(("grant_type", grantType));
        }

        // Act
        var response = await Session.RequestTokenAsync([.. form]);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest,
            """{"error":"invalid_request","error_description":"grant_type is required"}""");
    }

    [Theory]
    [InlineData("authorization_code")]
    [InlineData("foo")]
    public async Task PostToken_Returns400UnsupportedGrantType_WhenGrantTypeIsUnknown(string grantType)
    {
        // Act
        var response = await Session.RequestTokenAsync(
            ("grant_type", grantType),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest,
            """{"error":"unsupported_grant_type","error_description":"grant_type must be password, client_credentials or refresh_token"}""");
    }

    [Theory]
    [InlineData("application/json", """{"grant_type":"client_credentials"}""")]
    [InlineData("text/plain", "grant_type=client_credentials")]
    [InlineData(null, null)]
    public async Task PostToken_Returns400InvalidRequest_WhenBodyIsNotFormEncoded(string? contentType, string? body)
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Post, "/token");
        if (contentType is not null)
        {
            request.Content = new StringContent(body!, Encoding.UTF8, contentType);
        }

        request.Headers.Authorization = AdminBasic();

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.BadRequest,
            """{"error":"invalid_request","error_description":"the request must be form-encoded"}""");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Token_Returns405WithJsonError_WhenMethodIsNotPost(string method)
    {
        // Arrange
        var request = new HttpRequestMessage(new HttpMethod(method), "/token");

        // Act
        var response = await Session.Client.SendAsync(request);

        // Assert
        await GuardAssert.ErrorAsync(response, HttpStatusCode.MethodNotAllowed,
            $$"""{"error":"invalid_request","error_description":"HTTP {{method}} method not supported for this resource"}""");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    private async Task<HttpResponseMessage> PasswordGrantAsync(string username, string password)
        => await Session.RequestTokenAsync(
            ("grant_type", "password"),
            ("username", username),
            ("password", password),
            ("client_id", DexApiFactory.AdminClientId),
            ("client_secret", DexApiFactory.AdminClientSecret));

    private async Task<IReadOnlyList<string?>> PublishedKeyIdsAsync()
    {
        var keys = await Session.Client.GetFromJsonAsync<JsonElement>("/keys");
        return keys.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).ToList();
    }

    private static HttpRequestMessage TokenRequest(params (string Name, string Value)[] form)
        => new(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent(form.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))),
        };

    private static AuthenticationHeaderValue Basic(string userColonPassword)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userColonPassword)));

    private static AuthenticationHeaderValue AdminBasic()
        => Basic($"{WebUtility.UrlEncode(DexApiFactory.AdminClientId)}:{WebUtility.UrlEncode(DexApiFactory.AdminClientSecret)}");
}
