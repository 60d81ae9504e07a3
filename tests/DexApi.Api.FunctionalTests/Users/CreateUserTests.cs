using System.Net;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class CreateUserTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private const string UsersPath = "/api/v1/users";
    private const string InvalidRedirectUrl = "The provided redirect URL is invalid for the given client";

    private readonly DexApiFactory _factory = fixture.Factory;
    private readonly ApiSession _session = fixture.Session;

    [Fact]
    public async Task Create_Returns200WithStoredUserAndInvitationLink_WhenRequestIsValid()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var notBefore = DateTimeOffset.UtcNow;

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { email = "Jane.Roe@Example.COM", displayName = "Jane Roe" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var id = body["user"]?["id"]?.GetValue<string>();
        var createdAt = body["user"]?["createdAt"]?.GetValue<string>();
        var link = body["resetPasswordLink"]?.GetValue<string>();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        ResponseAssert.CreatedBetween(createdAt, notBefore, DateTimeOffset.UtcNow);
        Assert.Matches($"^{DexApiFactory.Issuer}/accept-invitation\\?token=[A-Za-z0-9_.%-]+$", link);
        ResponseAssert.Equal(
            new JsonObject
            {
                ["user"] = ResponseAssert.User(id!, "jane.roe@example.com", "Jane Roe", false, false, false, createdAt!),
                ["emailSent"] = false,
                ["resetPasswordLink"] = link,
            },
            body);

        var row = await UsersTable.FindByIdAsync(_factory, id!);
        Assert.NotNull(row);
        ResponseAssert.Equal(ResponseAssert.User(row), body["user"]);
        Assert.Null(row.PasswordHash);
    }

    [Fact]
    public async Task Create_IgnoresSuppliedIdAndCreatedAt_WhenTheyAreInTheBody()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var notBefore = DateTimeOffset.UtcNow;

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { id = "chosen-by-caller", email = "ignored-fields@example.com", createdAt = "2001-02-03T04:05:06Z" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var id = body["user"]!["id"]!.GetValue<string>();
        Assert.NotEqual("chosen-by-caller", id);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        ResponseAssert.CreatedBetween(body["user"]!["createdAt"]!.GetValue<string>(), notBefore, DateTimeOffset.UtcNow);
        Assert.Null(await UsersTable.FindByIdAsync(_factory, "chosen-by-caller"));
        var lookup = await _session.SendAsync(HttpMethod.Get, $"{UsersPath}/chosen-by-caller", token);
        await ResponseAssert.ErrorAsync(lookup, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }

    [Fact]
    public async Task Create_StoresAdminDisabledVerifiedAndDisplayName_WhenSupplied()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { email = "all-flags@example.com", displayName = "Flag Bearer", admin = true, disabled = true, emailVerified = true },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        var user = body["user"]!;
        var id = user["id"]!.GetValue<string>();
        ResponseAssert.Equal(
            ResponseAssert.User(id, "all-flags@example.com", "Flag Bearer", true, true, true, user["createdAt"]!.GetValue<string>()),
            user);
        var row = await UsersTable.FindByIdAsync(_factory, id);
        Assert.Equal((1, 1, 1, "Flag Bearer"), (row!.Admin, row.Disabled, row.EmailVerified, row.DisplayName));
        var fetched = await ResponseAssert.JsonAsync(await _session.SendAsync(HttpMethod.Get, $"{UsersPath}/{id}", token), HttpStatusCode.OK);
        ResponseAssert.Equal(new JsonObject { ["user"] = user.DeepClone() }, fetched);
    }

    [Fact]
    public async Task Create_StoresFalseAndEmptyDefaults_WhenOnlyEmailIsGiven()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(
            UsersPath,
            token,
            $$"""{"user":{"email":"only-email@example.com"},"redirectURL":"{{DexApiFactory.AdminRedirectUri}}"}""");

        // Assert
        var user = (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!;
        ResponseAssert.Equal(
            ResponseAssert.User(user["id"]!.GetValue<string>(), "only-email@example.com", "", false, false, false, user["createdAt"]!.GetValue<string>()),
            user);
    }

    [Fact]
    public async Task Create_StoresFalse_WhenBooleansAreNull()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var body = $$"""
            {"user":{"email":"null-flags@example.com","admin":null,"disabled":null,"emailVerified":null},
             "redirectURL":"{{DexApiFactory.AdminRedirectUri}}"}
            """;

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        var user = (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!;
        Assert.False(user["admin"]!.GetValue<bool>());
        Assert.False(user["disabled"]!.GetValue<bool>());
        Assert.False(user["emailVerified"]!.GetValue<bool>());
        var row = await UsersTable.FindByEmailAsync(fixture.Factory, "null-flags@example.com");
        Assert.Equal((0, 0, 0), (row!.Admin, row.Disabled, row.EmailVerified));
    }

    [Fact]
    public async Task Create_MatchesPropertyNamesCaseInsensitively_WhenBodyUsesOtherCase()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(
            UsersPath,
            token,
            $$"""{"USER":{"EMAIL":"upper-keys@example.com","Admin":true,"unknown":1},"RedirectUrl":"{{DexApiFactory.AdminRedirectUri}}"}""");

        // Assert
        var user = (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!;
        Assert.Equal("upper-keys@example.com", user["email"]!.GetValue<string>());
        Assert.True(user["admin"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(DexApiFactory.AdminRedirectUri)]
    [InlineData(DexApiFactory.SecondRedirectUri)]
    [InlineData("HTTPS://console.example.com/callback")]
    public async Task Create_Returns200_WhenRedirectUrlIsRegistered(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = $"registered-{Guid.NewGuid():N}@example.com";

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = redirectUrl });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(email, body["user"]!["email"]!.GetValue<string>());
        Assert.NotNull(await UsersTable.FindByEmailAsync(_factory, email));
    }

    [Fact]
    public async Task Create_AcceptsAddress_WhenDomainHasNoDot()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { email = "a@b" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("a@b", body["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_AcceptsAddress_WhenItIs254CharactersLong()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = AddressOfLength(254);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(email, body["user"]!["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Name <a@b.c>")]
    [InlineData("Name <name-addr@example.com>")]
    [InlineData("<angle@example.com>")]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("x@y.com z")]
    [InlineData(" a@b.c")]
    [InlineData(" lead-space@example.com")]
    [InlineData("trail-space@example.com ")]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("two@at@example.com")]
    [InlineData("first@example.com, second@example.com")]
    [InlineData("local@")]
    public async Task Create_Returns400InvalidEmail_WhenEmailIsNotOneBareAddress(string email)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_email", "invalid email.");
    }

    [Fact]
    public async Task Create_Returns400InvalidEmail_WhenAddressIs255CharactersLong()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = AddressOfLength(255);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = DexApiFactory.AdminRedirectUri });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_email", "invalid email.");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, email));
    }

    [Theory]
    [InlineData("""{"user":{"displayName":"No Email"},"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":null},"redirectURL":"https://console.example.com/callback"}""")]
    public async Task Create_Returns400InvalidEmail_WhenEmailIsMissing(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_email", "invalid email.");
    }

    [Theory]
    [InlineData("dup-same@example.com", "dup-same@example.com")]
    [InlineData("dup-case@x.test", "DUP-CASE@x.test")]
    [InlineData("JANE@x", "jane@x")]
    public async Task Create_Returns409DuplicateEmail_WhenEmailIsInUseInAnyCase(string first, string second)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        await _session.CreateUserAsync(token, first);

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { email = second, displayName = "Second" },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.Conflict, "duplicate_email", "Email already in use.");
        Assert.Equal(1, await UsersTable.CountByEmailAsync(_factory, first));
        Assert.Equal(first.Split('@')[0], (await UsersTable.FindByEmailAsync(_factory, first.ToLowerInvariant()))!.DisplayName);
    }

    [Theory]
    [InlineData("https://console.example.com/callback/")]
    [InlineData("https://Console.example.com/callback")]
    [InlineData("https://CONSOLE.EXAMPLE.COM/callback")]
    [InlineData("https://console.example.com/Callback")]
    [InlineData("https://console.example.com/callback?extra=1")]
    [InlineData("https://console.example.com/callback?")]
    [InlineData("https://console.example.com/callback#fragment")]
    [InlineData("http://console.example.com/callback")]
    [InlineData("https://console.example.com:443/callback")]
    [InlineData("https://evil.example.com/callback")]
    [InlineData("/callback")]
    public async Task Create_Returns400InvalidRedirectUrl_WhenUrlIsNotExactlyRegistered(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = $"bad-redirect-{Guid.NewGuid():N}@example.com";

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = redirectUrl });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, email));
    }

    [Theory]
    [InlineData("""{"user":{"email":"missing-redirect@example.com"}}""")]
    [InlineData("""{"user":{"email":"null-redirect@example.com"},"redirectURL":null}""")]
    [InlineData("""{"user":{"email":"empty-redirect@example.com"},"redirectURL":""}""")]
    public async Task Create_Returns400InvalidRedirectUrl_WhenRedirectUrlIsMissingOrEmpty(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
    }

    [Theory]
    [InlineData("http://[::1")]
    [InlineData("http://exa mple.com/callback")]
    public async Task Create_Returns400InvalidRequest_WhenRedirectUrlDoesNotParse(string redirectUrl)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var email = $"unparsable-{Guid.NewGuid():N}@example.com";

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new { user = new { email }, redirectURL = redirectUrl });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "redirectURL must be a valid URL");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, email));
    }

    [Fact]
    public async Task Create_Returns400InvalidRedirectUrl_WhenBothRedirectUrlAndEmailAreBad()
    {
        // Arrange: Dex checked the redirect URL (step 5) before the email (step 6).
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.SendAsync(HttpMethod.Post, UsersPath, token, new
        {
            user = new { email = "not an email" },
            redirectURL = "https://evil.example.com/callback",
        });

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_redirect_url", InvalidRedirectUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"user\"")]
    [InlineData("""{"user":"x","redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":[],"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":"wrong-type@example.com","emailVerified":"true"},"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":"wrong-type@example.com","admin":1},"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":"wrong-type@example.com","disabled":"false"},"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":42},"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":{"email":"wrong-type@example.com"},"redirectURL":7}""")]
    [InlineData("""{"user":{"email":"truncated@example.com"},"redirectURL":"https://console.example.com/callback""")]
    public async Task Create_Returns400CannotParseJsonBody_WhenBodyIsMalformed(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "cannot parse JSON body");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, "wrong-type@example.com"));
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, "truncated@example.com"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"redirectURL":"https://console.example.com/callback"}""")]
    [InlineData("""{"user":null,"redirectURL":"https://console.example.com/callback"}""")]
    public async Task Create_Returns400InvalidRequest_WhenUserIsMissing(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(UsersPath, token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "user is required");
    }

    /// <summary>A valid address of exactly <paramref name="length"/> characters: 64-character local part, dotted domain.</summary>
    private static string AddressOfLength(int length)
    {
        var local = new string('l', 64);
        var domainLength = length - local.Length - 1 - ".example".Length;
        var labels = Enumerable.Range(0, (domainLength / 50) + 1)
            .Select(i => new string((char)('a' + i), 49))
            .ToList();
        var domain = string.Join('.', labels)[..domainLength].TrimEnd('.');
        domain = domain.PadRight(domainLength, 'z');
        var address = $"{local}@{domain}.example";
        Assert.Equal(length, address.Length);
        return address;
    }
}
