using DexApi.Domain.Users;

namespace DexApi.Domain.UnitTests.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset s_now =
        new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    private static EmailAddress Email(string value)
        => EmailAddress.TryParse(value, out var email) ? email : throw new ArgumentException(value, nameof(value));

    [Fact]
    public void CreateInvited_CopiesTheChosenFields_WhenCalled()
    {
        // Arrange
        var email = Email("Jane@Example.com");

        // Act
        var user = User.CreateInvited(email, "Jane", emailVerified: true, admin: true, disabled: true, s_now);

        // Assert
        Assert.Equal("jane@example.com", user.Email);
        Assert.Equal("Jane", user.DisplayName);
        Assert.True(user.EmailVerified);
        Assert.True(user.Admin);
        Assert.True(user.Disabled);
    }

    [Fact]
    public void CreateInvited_AssignsLowerCaseUuid_WhenCalled()
    {
        // Arrange
        var email = Email("jane@example.com");

        // Act
        var first = User.CreateInvited(email, "", emailVerified: false, admin: false, disabled: false, s_now);
        var second = User.CreateInvited(email, "", emailVerified: false, admin: false, disabled: false, s_now);

        // Assert
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void CreateInvited_TruncatesCreatedAtToWholeSecondsInUtc_WhenNowHasAnOffsetAndFraction()
    {
        // Arrange
        var email = Email("jane@example.com");

        // Act
        var user = User.CreateInvited(email, "", emailVerified: false, admin: false, disabled: false, s_now);

        // Assert
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 5, 8, 9, TimeSpan.Zero), user.CreatedAt);
        Assert.Equal(TimeSpan.Zero, user.CreatedAt.Offset);
        Assert.Equal(0, user.CreatedAt.Ticks % TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void CreateInvited_LeavesThePasswordUnset_WhenCalled()
    {
        // Arrange
        var email = Email("jane@example.com");

        // Act
        var user = User.CreateInvited(email, "", emailVerified: true, admin: false, disabled: false, s_now);

        // Assert
        Assert.Null(user.PasswordHash);
        Assert.Equal(0, user.PasswordVersion);
        Assert.False(user.CanSignIn);
    }
}
