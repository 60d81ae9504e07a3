using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Tokens;

/// <summary>
/// One service for the token endpoint's tests: a non-admin client whose id and secret need URL-encoding,
/// a user who was invited but has no password yet, and a user who has a password but is disabled.
/// </summary>
public sealed class TokenEndpointFixture : IAsyncLifetime
{
    /// <summary>A colon in the id: Basic authentication works only if the id is URL-encoded (RFC 6749, 2.3.1).</summary>
    public const string ToolClientId = "tool:cli+1@dexapi.test";

    /// <summary>Every character that form-encoding changes: space, plus, colon, slash, percent, equals.</summary>
    public const string ToolClientSecret = "s3cret with+plus:colon/slash%25=equals";

    public const string InvitedEmail = "invited@example.com";
    public const string DisabledEmail = "disabled@example.com";
    public const string UserPassword = "a long enough password";

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; private set; } = null!;

    public string AdminUserId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Session = new ApiSession(Factory);
        var adminToken = await Session.PasswordTokenAsync();
        await Session.SeedClientAsync(ToolClientId, ToolClientSecret, admin: false, "https://tool.example.com/callback");

        await Session.CreateUserAsync(adminToken, InvitedEmail);

        var disabled = await Session.CreateUserAsync(adminToken, DisabledEmail);
        var accepted = await new ApiSession(Factory).AcceptInvitationAsync(
            disabled.GetProperty("resetPasswordLink").GetString()!, UserPassword);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        // Proves the password works before the user is disabled, so that the later refusal is the disabling.
        await Session.PasswordTokenAsync(DisabledEmail, UserPassword);
        var disabledId = disabled.GetProperty("user").GetProperty("id").GetString()!;
        var disable = await Session.SendAsync(HttpMethod.Post, $"/api/v1/users/{disabledId}/disable", adminToken, new { disable = true });
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);

        var list = await Session.SendAsync(HttpMethod.Get, "/api/v1/users", adminToken);
        AdminUserId = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("users").EnumerateArray()
            .Single(user => user.GetProperty("email").GetString() == DexApiFactory.AdminEmail)
            .GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
