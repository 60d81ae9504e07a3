using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Invitations.Commands.AcceptInvitation;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Users;
using Moq;

namespace DexApi.Application.UnitTests.Invitations.Commands;

public sealed class AcceptInvitationCommandHandlerTests
{
    private const string UserId = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    private const string Token = "invitation-token";

    private static readonly ActionToken s_invitation = new(
        ActionPurpose.Invitation,
        UserId,
        "jane@example.com",
        PasswordVersion: 2,
        TestData.ClientId,
        TestData.RedirectUri,
        TestData.Now.AddHours(1));

    private readonly Mock<IActionTokenService> _actionTokens = new();
    private readonly Mock<IUserRepository> _users = new();
    private readonly FakeClock _clock = new(TestData.Now);

    public AcceptInvitationCommandHandlerTests()
    {
        _actionTokens.Setup(tokens => tokens.ReadAsync(Token, ActionPurpose.Invitation)).ReturnsAsync(s_invitation);
        _actionTokens.Setup(tokens => tokens.Create(It.IsAny<ActionToken>())).Returns("reset-token");
    }

    private AcceptInvitationCommandHandler CreateHandler() => new(_actionTokens.Object, _users.Object, _clock);

    private void StoreUser(User? user)
        => _users.Setup(users => users.GetByIdAsync(UserId, It.IsAny<CancellationToken>())).ReturnsAsync(user);

    private void VerifyEmailWasNotMarkedVerified()
        => _users.Verify(
            users => users.MarkEmailVerifiedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()),
            Times.Never);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("forged-token")]
    public async Task Handle_ThrowsInvitationNotVerified_WhenTokenDoesNotOpen(string? token)
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 2));
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new AcceptInvitationCommand(token), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvitationNotVerified, exception.Description);
        VerifyEmailWasNotMarkedVerified();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Handle_ThrowsEmailMismatch_WhenUserIsGoneOrHasAnotherEmail(bool userExists)
    {
        // Arrange
        StoreUser(userExists ? TestData.NewUser(id: UserId, email: "joe@example.com", passwordVersion: 2) : null);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new AcceptInvitationCommand(Token), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvitationEmailMismatch, exception.Description);
        VerifyEmailWasNotMarkedVerified();
    }

    [Fact]
    public async Task Handle_ThrowsLinkAlreadyUsed_WhenPasswordVersionMovedOn()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, passwordVersion: 3));
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new AcceptInvitationCommand(Token), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.LinkAlreadyUsed, exception.Description);
        VerifyEmailWasNotMarkedVerified();
    }

    [Fact]
    public async Task Handle_VerifiesEmailAndReturnsResetToken_WhenInvitationIsGood()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, emailVerified: false, passwordVersion: 2));
        var handler = CreateHandler();

        // Act
        var resetToken = await handler.Handle(new AcceptInvitationCommand(Token), CancellationToken.None);

        // Assert
        Assert.Equal("reset-token", resetToken);
        var expectedReset = s_invitation with
        {
            Purpose = ActionPurpose.PasswordReset,
            ExpiresAt = TestData.Now.AddHours(12),
        };
        _actionTokens.Verify(tokens => tokens.Create(expectedReset), Times.Once);
        _users.Verify(users => users.MarkEmailVerifiedAsync(UserId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_LeavesVerifiedEmailAlone_WhenUserAlreadyVerifiedIt()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, emailVerified: true, passwordVersion: 2));
        var handler = CreateHandler();

        // Act
        var resetToken = await handler.Handle(new AcceptInvitationCommand(Token), CancellationToken.None);

        // Assert
        Assert.Equal("reset-token", resetToken);
        VerifyEmailWasNotMarkedVerified();
    }
}
