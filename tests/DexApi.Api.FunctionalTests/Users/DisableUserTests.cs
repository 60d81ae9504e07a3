using System.Net;
using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class DisableUserTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    private readonly ApiSession _session = fixture.Session;

    [Fact]
    public async Task Disable_Returns200OkAndDisablesUser_WhenDisableIsTrue()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, "disable-true@example.com", disabled: false);

        // Act
        var response = await _session.PostRawAsync(DisablePath(id), token, """{"disable":true}""");

        // Assert
        await AssertOkAsync(response);
        Assert.Equal(1, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
        Assert.True(await DisabledThroughApiAsync(token, id));
    }

    [Theory]
    [InlineData("""{"disable":false}""")]
    [InlineData("{}")]
    [InlineData("""{"disable":null}""")]
    [InlineData("""{"somethingElse":true}""")]
    public async Task Disable_Returns200OkAndEnablesUser_WhenDisableIsFalseOrMissing(string body)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"enable-{Guid.NewGuid():N}@example.com", disabled: true);

        // Act
        var response = await _session.PostRawAsync(DisablePath(id), token, body);

        // Assert
        await AssertOkAsync(response);
        Assert.Equal(0, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
        Assert.False(await DisabledThroughApiAsync(token, id));
    }

    [Fact]
    public async Task Disable_Returns200OkAndMatchesKeyCaseInsensitively_WhenKeyIsUpperCase()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, "disable-upper-key@example.com", disabled: false);

        // Act
        var response = await _session.PostRawAsync(DisablePath(id), token, """{"DISABLE":true}""");

        // Assert
        await AssertOkAsync(response);
        Assert.Equal(1, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Disable_Returns200OkEveryTime_WhenStateIsSetRepeatedly(bool disable)
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"idempotent-{disable}@example.com".ToLowerInvariant(), disabled: disable);
        var body = disable ? """{"disable":true}""" : """{"disable":false}""";

        // Act
        var first = await _session.PostRawAsync(DisablePath(id), token, body);
        var second = await _session.PostRawAsync(DisablePath(id), token, body);

        // Assert
        await AssertOkAsync(first);
        await AssertOkAsync(second);
        Assert.Equal(disable ? 1 : 0, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
    }

    [Fact]
    public async Task Disable_TogglesBackAndForth_WhenCalledWithAlternatingValues()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, "toggle@example.com", disabled: false);

        // Act
        await AssertOkAsync(await _session.PostRawAsync(DisablePath(id), token, """{"disable":true}"""));
        var afterDisable = await DisabledThroughApiAsync(token, id);
        await AssertOkAsync(await _session.PostRawAsync(DisablePath(id), token, """{"disable":false}"""));
        var afterEnable = await DisabledThroughApiAsync(token, id);

        // Assert
        Assert.True(afterDisable);
        Assert.False(afterEnable);
    }

    [Fact]
    public async Task Disable_Returns404ResourceNotFound_WhenUserIsUnknown()
    {
        // Arrange
        var token = await fixture.AdminTokenAsync();

        // Act
        var response = await _session.PostRawAsync(DisablePath("00000000-0000-4000-8000-000000000000"), token, """{"disable":true}""");

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.NotFound, "resource_not_found", "Resource could not be found.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("true")]
    [InlineData("""{"disable":"yes"}""")]
    [InlineData("""{"disable":"false"}""")]
    [InlineData("""{"disable":0}""")]
    [InlineData("""{"disable":{}}""")]
    [InlineData("""{"disable":false""")]
    public async Task Disable_Returns400AndLeavesUserDisabled_WhenBodyIsMalformed(string body)
    {
        // Arrange: Dex answered 400, then carried on and enabled the user (a missing return).
        var token = await fixture.AdminTokenAsync();
        var id = await CreateUserAsync(token, $"stay-disabled-{Guid.NewGuid():N}@example.com", disabled: true);

        // Act
        var response = await _session.PostRawAsync(DisablePath(id), token, body);

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", "cannot parse JSON body");
        Assert.Equal(1, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
        Assert.True(await DisabledThroughApiAsync(token, id));
    }

    private static string DisablePath(string id) => $"/api/v1/users/{id}/disable";

    private static async Task AssertOkAsync(HttpResponseMessage response)
        => ResponseAssert.Equal(new JsonObject { ["ok"] = true }, await ResponseAssert.JsonAsync(response, HttpStatusCode.OK));

    private async Task<string> CreateUserAsync(string token, string email, bool disabled)
    {
        var response = await _session.SendAsync(HttpMethod.Post, "/api/v1/users", token, new
        {
            user = new { email, disabled },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });
        var user = (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!;
        Assert.Equal(disabled, user["disabled"]!.GetValue<bool>());
        return user["id"]!.GetValue<string>();
    }

    private async Task<bool> DisabledThroughApiAsync(string token, string id)
    {
        var response = await _session.SendAsync(HttpMethod.Get, $"/api/v1/users/{id}", token);
        return (await ResponseAssert.JsonAsync(response, HttpStatusCode.OK))["user"]!["disabled"]!.GetValue<bool>();
    }
}
