using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Passwords;
using DexApi.Application.Passwords.Commands.SetPassword;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace DexApi.Application.UnitTests.Passwords.Commands;

public sealed class SetPasswordCommandHandlerTests
{
    private const string UserId = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    private const string Token = "reset-token";
    private const string NewPassword = "a brand new password";

    private static readonly ActionToken s_reset = new(
        ActionPurpose.PasswordReset,
        UserId,
        "jane@example.com",
        PasswordVersion: 4,
        TestData.ClientId,
        TestData.RedirectUri,
        TestData.Now.AddHours(1));

    private readonly Mock<IActionTokenService> _actionTokens = new();
    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<IPasswordHasher> _hasher = new();
    private readonly Mock<ICommonPasswords> _commonPasswords = new();

    public SetPasswordCommandHandlerTests()
    {
        _actionTokens.Setup(tokens => tokens.ReadAsync(Token, ActionPurpose.PasswordReset)).ReturnsAsync(s_reset);
        _hasher.Setup(hasher => hasher.Hash(NewPassword)).Returns("new-hash");
        _users.Setup(users => users.SetPasswordAsync(UserId, "new-hash", 4, It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
    }

    private SetPasswordCommandHandler CreateHandler() => new(
        new PasswordResetLinks(_actionTokens.Object, _users.Object),
        _users.Object,
        _hasher.Object,
        new PasswordPolicy(_commonPasswords.Object),
        NullLogger<SetPasswordCommandHandler>.Instance);

    private void StoreUser(User? user)
        => _users.Setup(users => users.GetByIdAsync(UserId, It.IsAny<CancellationToken>())).ReturnsAsync(user);

    private void VerifyNoPasswordWasSet()
        => _users.Verify(
            users => users.SetPasswordAsync(
                It.IsAny<string>(),
                It.IsAny<string>(),
                It.IsAny<int>(),
                It.IsAny<CancellationToken>()),
            Times.Never);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("forged-token")]
    public async Task Handle_ThrowsLinkInvalid_WhenTokenDoesNotOpen(string? token)
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 4));
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new SetPasswordCommand(token, NewPassword), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.LinkInvalid, exception.Description);
        VerifyNoPasswordWasSet();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Handle_ThrowsLinkInvalid_WhenUserIsGoneOrHasAnotherEmail(bool userExists)
    {
        // Arrange
        StoreUser(userExists ? TestData.NewUser(id: UserId, email: "joe@example.com", passwordVersion: 4) : null);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new SetPasswordCommand(Token, NewPassword), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.LinkInvalid, exception.Description);
        VerifyNoPasswordWasSet();
    }

    [Fact]
    public async Task Handle_ThrowsLinkAlreadyUsed_WhenPasswordVersionMovedOn()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 5));
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new SetPasswordCommand(Token, NewPassword), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.LinkAlreadyUsed, exception.Description);
        VerifyNoPasswordWasSet();
    }

    [Fact]
    public async Task Handle_ThrowsLinkAlreadyUsed_WhenAnotherUseOfTheLinkWonTheRace()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 4));
        _users.Setup(users => users.SetPasswordAsync(UserId, "new-hash", 4, It.IsAny<CancellationToken>()))
            .ReturnsAsync(false);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new SetPasswordCommand(Token, NewPassword), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.LinkAlreadyUsed, exception.Description);
    }

    [Fact]
    public async Task Handle_StoresHashForTheLinksVersionAndReturnsRedirectUrl_WhenLinkIsGood()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 4));
        var handler = CreateHandler();

        // Act
        var redirectUrl = await handler.Handle(new SetPasswordCommand(Token, NewPassword), CancellationToken.None);

        // Assert
        Assert.Equal(TestData.RedirectUri, redirectUrl);
        _users.Verify(
            users => users.SetPasswordAsync(UserId, "new-hash", 4, It.IsAny<CancellationToken>()),
            Times.Once);
    }
}
