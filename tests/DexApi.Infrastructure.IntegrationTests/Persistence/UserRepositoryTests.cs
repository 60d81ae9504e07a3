using DexApi.Application;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

public sealed class UserRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset s_createdAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly UserRepository _users;

    public UserRepositoryTests() => _users = new UserRepository(_database.Sql);

    public void Dispose() => _database.Dispose();

    private static User NewUser(string email, string? id = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString(),
        Email = email,
        CreatedAt = s_createdAt,
    };

    private async Task AddAllAsync(params string[] emails)
    {
        foreach (var email in emails)
        {
            await _users.AddAsync(NewUser(email), CancellationToken.None);
        }
    }

    private async Task<List<string>> PageAsync(string? after, int limit)
        => (await _users.ListByEmailAsync(after, limit, CancellationToken.None)).Select(user => user.Email).ToList();

    [Fact]
    public async Task AddAsync_StoresEveryField_WhenReadBackByIdAndByEmail()
    {
        // Arrange
        var user = new User
        {
            Id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
            Email = "jane@example.com",
            DisplayName = "Jane Doe",
            EmailVerified = true,
            Admin = true,
            Disabled = true,
            CreatedAt = s_createdAt,
            PasswordHash = "AQAAAAIAAYagAAAAE...",
            PasswordVersion = 3,
        };

        // Act
        await _users.AddAsync(user, CancellationToken.None);
        var byId = await _users.GetByIdAsync(user.Id, CancellationToken.None);
        var byEmail = await _users.GetByEmailAsync("jane@example.com", CancellationToken.None);

        // Assert
        foreach (var stored in new[] { byId, byEmail })
        {
            Assert.NotNull(stored);
            Assert.Equal(user.Id, stored.Id);
            Assert.Equal("jane@example.com", stored.Email);
            Assert.Equal("Jane Doe", stored.DisplayName);
            Assert.True(stored.EmailVerified);
            Assert.True(stored.Admin);
            Assert.True(stored.Disabled);
            Assert.Equal(s_createdAt, stored.CreatedAt);
            Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
            Assert.Equal("AQAAAAIAAYagAAAAE...", stored.PasswordHash);
            Assert.Equal(3, stored.PasswordVersion);
        }
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenNoUserMatches()
    {
        // Arrange
        await AddAllAsync("jane@example.com");

        // Act
        var byId = await _users.GetByIdAsync("5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", CancellationToken.None);
        var byEmail = await _users.GetByEmailAsync("joe@example.com", CancellationToken.None);

        // Assert
        Assert.Null(byId);
        Assert.Null(byEmail);
    }

    [Fact]
    public async Task GetByIdAsync_ReturnsNull_WhenIdDiffersOnlyInCase()
    {
        // Arrange
        await _users.AddAsync(NewUser("jane@example.com", id: "abcdef-user"), CancellationToken.None);

        // Act
        var exact = await _users.GetByIdAsync("abcdef-user", CancellationToken.None);
        var otherCase = await _users.GetByIdAsync("ABCDEF-user", CancellationToken.None);

        // Assert
        Assert.NotNull(exact);
        Assert.Null(otherCase);
    }

    [Fact]
    public async Task AddAsync_ThrowsDuplicateEmail_WhenEmailIsTaken()
    {
        // Arrange
        await _users.AddAsync(NewUser("jane@example.com"), CancellationToken.None);

        // Act
        var exception = await Assert.ThrowsAsync<ConflictException>(
            () => _users.AddAsync(NewUser("jane@example.com"), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.DuplicateEmail, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.DuplicateEmail, exception.Description);
    }

    [Fact]
    public async Task AddAsync_LetsExactlyOneWriterWin_WhenEightTasksAddTheSameEmailAtOnce()
    {
        // Arrange
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await Record.ExceptionAsync(
                    () => _users.AddAsync(NewUser("jane@example.com"), CancellationToken.None));
            }))
            .ToList();

        // Act
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        // Assert
        Assert.Single(outcomes, exception => exception is null);
        var conflicts = outcomes.Where(exception => exception is not null).ToList();
        Assert.Equal(7, conflicts.Count);
        Assert.All(conflicts, exception =>
            Assert.Equal(ErrorCodes.DuplicateEmail, Assert.IsType<ConflictException>(exception).ErrorCode));
        Assert.Equal(["jane@example.com"], await PageAsync(null, 10));
    }

    [Fact]
    public async Task ListByEmailAsync_ReturnsUsersInOrdinalEmailOrder_WhenAddedInAnotherOrder()
    {
        // Arrange
        string[] emails = ["b@example.com", "a_b@example.com", "ab@example.com", "a.b@example.com", "a-b@example.com"];
        await AddAllAsync(emails);

        // Act
        var page = await PageAsync(null, 10);

        // Assert
        Assert.Equal(emails.Order(StringComparer.Ordinal), page);
        Assert.Equal(
            ["a-b@example.com", "a.b@example.com", "a_b@example.com", "ab@example.com", "b@example.com"],
            page);
    }

    [Fact]
    public async Task ListByEmailAsync_WalksPagesWithoutGapsOrRepeats_WhenFollowingTheLastKey()
    {
        // Arrange
        await AddAllAsync("d@example.com", "b@example.com", "e@example.com", "a@example.com", "c@example.com");

        // Act
        var first = await PageAsync(null, 2);
        var second = await PageAsync(first[^1], 2);
        var third = await PageAsync(second[^1], 2);
        var pastTheEnd = await PageAsync(third[^1], 2);

        // Assert
        Assert.Equal(["a@example.com", "b@example.com"], first);
        Assert.Equal(["c@example.com", "d@example.com"], second);
        Assert.Equal(["e@example.com"], third);
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public async Task ListByEmailAsync_StartsAfterAKeyThatIsNotStored_WhenGivenOne()
    {
        // Arrange
        await AddAllAsync("a@example.com", "c@example.com", "e@example.com");

        // Act
        var page = await PageAsync("b@example.com", 10);
        var afterEverything = await PageAsync("z@example.com", 10);

        // Assert
        Assert.Equal(["c@example.com", "e@example.com"], page);
        Assert.Empty(afterEverything);
    }

    [Fact]
    public async Task ListByEmailAsync_ReturnsEmptyList_WhenThereAreNoUsers()
    {
        // Act
        var page = await PageAsync(null, 20);

        // Assert
        Assert.Empty(page);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetDisabledAsync_StoresTheFlagAndReturnsTrue_WhenUserExists(bool disabled)
    {
        // Arrange
        var user = NewUser("jane@example.com");
        user.Disabled = !disabled;
        await _users.AddAsync(user, CancellationToken.None);

        // Act
        var changed = await _users.SetDisabledAsync(user.Id, disabled, CancellationToken.None);

        // Assert
        Assert.True(changed);
        Assert.Equal(disabled, (await _users.GetByIdAsync(user.Id, CancellationToken.None))!.Disabled);
    }

    [Fact]
    public async Task SetDisabledAsync_ReturnsTrue_WhenFlagAlreadyHasTheValue()
    {
        // Arrange
        var user = NewUser("jane@example.com");
        user.Disabled = true;
        await _users.AddAsync(user, CancellationToken.None);

        // Act
        var changed = await _users.SetDisabledAsync(user.Id, disabled: true, CancellationToken.None);

        // Assert
        Assert.True(changed);
        Assert.True((await _users.GetByIdAsync(user.Id, CancellationToken.None))!.Disabled);
    }

    [Fact]
    public async Task SetDisabledAsync_ReturnsFalse_WhenNoUserHasTheId()
    {
        // Arrange
        await AddAllAsync("jane@example.com");

        // Act
        var changed = await _users.SetDisabledAsync("no-such-user", disabled: true, CancellationToken.None);

        // Assert
        Assert.False(changed);
    }

    [Fact]
    public async Task MarkEmailVerifiedAsync_SetsTheFlag_WhenUserIsUnverified()
    {
        // Arrange
        var user = NewUser("jane@example.com");
        await _users.AddAsync(user, CancellationToken.None);

        // Act
        await _users.MarkEmailVerifiedAsync(user.Id, CancellationToken.None);

        // Assert
        Assert.True((await _users.GetByIdAsync(user.Id, CancellationToken.None))!.EmailVerified);
    }

    [Fact]
    public async Task SetPasswordAsync_SucceedsOncePerVersion_WhenTheSameVersionIsUsedTwice()
    {
        // Arrange
        var user = NewUser("jane@example.com");
        await _users.AddAsync(user, CancellationToken.None);

        // Act
        var first = await _users.SetPasswordAsync(user.Id, "first-hash", expectedVersion: 0, CancellationToken.None);
        var replay = await _users.SetPasswordAsync(
            user.Id,
            "replayed-hash",
            expectedVersion: 0,
            CancellationToken.None);

        // Assert
        Assert.True(first);
        Assert.False(replay);
        var stored = await _users.GetByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal("first-hash", stored!.PasswordHash);
        Assert.Equal(1, stored.PasswordVersion);
    }

    [Fact]
    public async Task SetPasswordAsync_Succeeds_WhenGivenTheCurrentVersionAfterAnEarlierChange()
    {
        // Arrange
        var user = NewUser("jane@example.com");
        await _users.AddAsync(user, CancellationToken.None);
        await _users.SetPasswordAsync(user.Id, "first-hash", expectedVersion: 0, CancellationToken.None);

        // Act
        var second = await _users.SetPasswordAsync(user.Id, "second-hash", expectedVersion: 1, CancellationToken.None);

        // Assert
        Assert.True(second);
        var stored = await _users.GetByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal("second-hash", stored!.PasswordHash);
        Assert.Equal(2, stored.PasswordVersion);
    }

    [Fact]
    public async Task SetPasswordAsync_ReturnsFalse_WhenNoUserHasTheId()
    {
        // Act
        var changed = await _users.SetPasswordAsync("no-such-user", "hash", expectedVersion: 0, CancellationToken.None);

        // Assert
        Assert.False(changed);
    }

    [Fact]
    public async Task UpdatePasswordHashAsync_ReplacesHashButKeepsVersion_WhenUserExists()
    {
        // Arrange
        var user = NewUser("jane@example.com");
        await _users.AddAsync(user, CancellationToken.None);
        await _users.SetPasswordAsync(user.Id, "old-hash", expectedVersion: 0, CancellationToken.None);

        // Act
        await _users.UpdatePasswordHashAsync(user.Id, "rehashed", CancellationToken.None);

        // Assert
        var stored = await _users.GetByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal("rehashed", stored!.PasswordHash);
        Assert.Equal(1, stored.PasswordVersion);
    }

    [Fact]
    public async Task AnyAsync_ReportsWhetherAUserIsStored()
    {
        // Act
        var before = await _users.AnyAsync(CancellationToken.None);
        await AddAllAsync("jane@example.com");
        var after = await _users.AnyAsync(CancellationToken.None);

        // Assert
        Assert.False(before);
        Assert.True(after);
    }
}
