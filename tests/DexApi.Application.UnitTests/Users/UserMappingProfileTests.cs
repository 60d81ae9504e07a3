using DexApi.Application.Users;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Users;

namespace DexApi.Application.UnitTests.Users;

public sealed class UserMappingProfileTests
{
    [Fact]
    public void Configuration_IsValid_WhenBuiltFromTheApplicationAssembly()
    {
        // Act
        var exception = Record.Exception(() => TestData.Mapper.ConfigurationProvider.AssertConfigurationIsValid());

        // Assert
        Assert.Null(exception);
    }

    [Fact]
    public void Map_WritesCreatedAtAsRfc3339UtcWholeSeconds_WhenUserHasAnOffset()
    {
        // Arrange
        var user = new User
        {
            Id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
            Email = "jane@example.com",
            DisplayName = "Jane",
            EmailVerified = true,
            Admin = true,
            CreatedAt = new DateTimeOffset(2016, 6, 14, 19, 4, 5, TimeSpan.FromHours(2)),
            PasswordHash = "secret-hash",
        };

        // Act
        var dto = TestData.Mapper.Map<UserDto>(user);

        // Assert
        var expected = new UserDto
        {
            Id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
            Email = "jane@example.com",
            DisplayName = "Jane",
            EmailVerified = true,
            Admin = true,
            Disabled = false,
            CreatedAt = "2016-06-14T17:04:05Z",
        };
        Assert.Equal(expected, dto);
    }
}
