using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Users.Commands.DisableUser;
using MediatR;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace DexApi.Application.UnitTests.Users.Commands;

public sealed class DisableUserCommandHandlerTests
{
    private const string UserId = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

    private readonly Mock<IUserRepository> _users = new();

    private DisableUserCommandHandler CreateHandler()
        => new(_users.Object, NullLogger<DisableUserCommandHandler>.Instance);

    [Fact]
    public async Task Handle_ThrowsNotFound_WhenRepositoryFindsNoSuchUser()
    {
        // Arrange
        _users.Setup(users => users.SetDisabledAsync(UserId, true, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<NotFoundException>(
            () => handler.Handle(new DisableUserCommand(UserId, Disable: true), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.ResourceNotFound, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.ResourceNotFound, exception.Description);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Handle_StoresRequestedState_WhenUserExists(bool disable)
    {
        // Arrange
        _users.Setup(users => users.SetDisabledAsync(UserId, disable, It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(new DisableUserCommand(UserId, disable), CancellationToken.None);

        // Assert
        Assert.Equal(Unit.Value, result);
        _users.Verify(users => users.SetDisabledAsync(UserId, disable, It.IsAny<CancellationToken>()), Times.Once);
    }
}
