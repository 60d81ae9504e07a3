using System.Globalization;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Client;

namespace DexApi.Api.FunctionalTests.TypedClient;

/// <summary>The success path of every /api/v1/users operation through DexApi.Client.</summary>
public sealed class UsersClientTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    [Fact]
    public async Task CreateAsync_ReturnsTheStoredUserAndTheInvitationLink_WhenNoMailServerIsSet()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var email = $"Typed.Create-{Guid.NewGuid():N}@Example.com";

        // Act
        var created = await users.CreateAsync(new UserCreateRequest
        {
            User = new User { Email = email, DisplayName = "Typed Create", EmailVerified = true, Admin = true },
            RedirectURL = DexApiFactory.AdminRedirectUri,
        });

        // Assert
        var row = await UsersTable.FindByEmailAsync(fixture.Factory, email.ToLowerInvariant());
        Assert.NotNull(row);
        Assert.Equal(row.Id, created.User.Id);
        Assert.Equal(email.ToLowerInvariant(), created.User.Email);
        Assert.Equal("Typed Create", created.User.DisplayName);
        Assert.True(created.User.EmailVerified);
        Assert.True(created.User.Admin);
        Assert.False(created.User.Disabled);
        Assert.Equal(ResponseAssert.User(row)["createdAt"]!.GetValue<string>(), created.User.CreatedAt);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", created.User.CreatedAt);
        Assert.False(created.EmailSent);
        Assert.StartsWith(
            $"{DexApiFactory.Issuer}/accept-invitation?token=",
            created.ResetPasswordLink,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ReturnsTheUser_WhenIdExists()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var created = await users.CreateUserAsync($"typed-get-{Guid.NewGuid():N}@example.com", "Typed Get");

        // Act
        var fetched = await users.GetAsync(created.User.Id);

        // Assert
        Assert.Equal(created.User.Id, fetched.User.Id);
        Assert.Equal(created.User.Email, fetched.User.Email);
        Assert.Equal("Typed Get", fetched.User.DisplayName);
        Assert.False(fetched.User.EmailVerified);
        Assert.False(fetched.User.Admin);
        Assert.False(fetched.User.Disabled);
        Assert.Equal(created.User.CreatedAt, fetched.User.CreatedAt);
    }

    [Fact]
    public async Task ListAsync_PagesThroughEveryUserInEmailOrder_WhenFollowingNextPageToken()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var run = Guid.NewGuid().ToString("N");
        var emails = Enumerable.Range(0, 5).Select(i => $"typed-list-{run}-{i}@example.com").ToList();
        foreach (var email in emails)
        {
            await users.CreateUserAsync(email);
        }

        // Act
        var seen = new List<string>();
        var pages = 0;
        string? pageToken = null;
        do
        {
            var page = await users.ListAsync(maxResults: 2, nextPageToken: pageToken);
            Assert.InRange(page.Users.Count, 1, 2);
            seen.AddRange(page.Users.Select(user => user.Email));
            pageToken = page.NextPageToken;
            pages++;
        }
        while (pageToken is not null);

        // Assert
        var stored = (await UsersTable.ReadAllAsync(fixture.Factory))
            .Select(row => row.Email)
            .Order(StringComparer.Ordinal);
        Assert.Equal(stored, seen);
        Assert.Subset(seen.ToHashSet(), emails.ToHashSet());
        Assert.Equal((seen.Count + 1) / 2, pages);
    }

    [Fact]
    public async Task ListAsync_ReturnsAtMostTwentyUsers_WhenMaxResultsIsLeftOut()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var run = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 21; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"typed-default-{run}-{i:D2}@example.com");
            await users.CreateUserAsync(email);
        }

        // Act
        var page = await users.ListAsync();

        // Assert
        Assert.Equal(20, page.Users.Count);
        Assert.NotNull(page.NextPageToken);
    }

    [Fact]
    public async Task DisableAsync_DisablesThenEnablesTheUser()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var id = (await users.CreateUserAsync($"typed-disable-{Guid.NewGuid():N}@example.com")).User.Id;

        // Act
        var disabled = await users.DisableAsync(id, new UserDisableRequest { Disable = true });
        var afterDisable = await users.GetAsync(id);
        var enabled = await users.DisableAsync(id, new UserDisableRequest { Disable = false });
        var afterEnable = await users.GetAsync(id);

        // Assert
        Assert.True(disabled.Ok);
        Assert.True(afterDisable.User.Disabled);
        Assert.True(enabled.Ok);
        Assert.False(afterEnable.User.Disabled);
        Assert.Equal(0, (await UsersTable.FindByIdAsync(fixture.Factory, id))!.Disabled);
    }

    [Fact]
    public async Task ResendEmailInvitationAsync_ReturnsANewWorkingLink_WhenNoMailServerIsSet()
    {
        // Arrange
        var users = TypedClients.Users(fixture.Factory, await fixture.AdminTokenAsync());
        var created = await users.CreateUserAsync($"typed-resend-{Guid.NewGuid():N}@example.com");

        // Act
        var resent = await users.ResendEmailInvitationAsync(
            created.User.Id,
            new ResendEmailInvitationRequest { RedirectURL = DexApiFactory.SecondRedirectUri });

        // Assert
        Assert.False(resent.EmailSent);
        Assert.StartsWith(
            $"{DexApiFactory.Issuer}/accept-invitation?token=",
            resent.ResetPasswordLink,
            StringComparison.Ordinal);
        Assert.NotEqual(created.ResetPasswordLink, resent.ResetPasswordLink);
        var accepted = await new ApiSession(fixture.Factory).AcceptInvitationAsync(
            resent.ResetPasswordLink!,
            "a long enough password 42");
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.StartsWith(
            DexApiFactory.SecondRedirectUri,
            accepted.Headers.Location!.OriginalString,
            StringComparison.Ordinal);
    }
}
