using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Security;
using DexApi.Application.Invitations;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Application.Users.Commands.ResendInvitation;
using DexApi.Domain.Users;
using Moq;

namespace DexApi.Application.UnitTests.Users.Commands;

public sealed class ResendInvitationCommandHandlerTests
{
    private const string UserId = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

    private readonly Mock<ICurrentCaller> _caller = new();
    private readonly Mock<IClientRepository> _clients = new();
    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<IActionTokenService> _actionTokens = new();
    private readonly Mock<IIssuer> _issuer = new();
    private readonly Mock<IUserMailer> _sender = new();
    private readonly FakeClock _clock = new(TestData.Now);

    public ResendInvitationCommandHandlerTests()
    {
        _caller.SetupGet(caller => caller.ClientId).Returns(TestData.ClientId);
        _clients.Setup(clients => clients.GetByIdAsync(TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TestData.NewClient());
        _actionTokens.Setup(tokens => tokens.Create(It.IsAny<ActionToken>())).Returns("invitation-token");
        _issuer.SetupGet(issuer => issuer.Url).Returns(TestData.IssuerUrl);
        _sender
            .Setup(sender => sender.TrySendAsync(UserEmail.Invitation, It.IsAny<User>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false);
    }

    private ResendInvitationCommandHandler CreateHandler() => new(
        new CallingClient(_caller.Object, _clients.Object),
        _users.Object,
        new InvitationDispatcher(_actionTokens.Object, _issuer.Object, _sender.Object, _clock));

    private void StoreUser(User? user)
        => _users.Setup(users => users.GetByIdAsync(UserId, It.IsAny<CancellationToken>())).ReturnsAsync(user);

    [Fact]
    public async Task Handle_ThrowsInvalidRedirectUrl_BeforeLookingTheUserUp()
    {
        // Arrange
        StoreUser(null);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(() => handler.Handle(
            new ResendInvitationCommand(UserId, "https://evil.example.com/callback"),
            CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRedirectUrl, exception.ErrorCode);
        _users.Verify(users => users.GetByIdAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_ThrowsNotFound_WhenUserDoesNotExist()
    {
        // Arrange
        StoreUser(null);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(
            new ResendInvitationCommand(UserId, TestData.RedirectUri),
            CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.ResourceNotFound, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.ResourceNotFound, exception.Description);
    }

    [Fact]
    public async Task Handle_ThrowsVerifiedEmail_WhenUserAlreadyVerifiedTheEmail()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, emailVerified: true));
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(() => handler.Handle(
            new ResendInvitationCommand(UserId, TestData.RedirectUri),
            CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.VerifiedEmail, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.VerifiedEmail, exception.Description);
        _sender.Verify(
            sender => sender.TrySendAsync(UserEmail.Invitation, It.IsAny<User>(), It.IsAny<string>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Handle_ReturnsInvitationLink_WhenUserIsUnverifiedAndMailIsNotSent()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, emailVerified: false, passwordHash: null, passwordVersion: 3));
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(
            new ResendInvitationCommand(UserId, TestData.RedirectUri),
            CancellationToken.None);

        // Assert
        Assert.False(result.EmailSent);
        Assert.Equal("https://id.example.com/accept-invitation?token=invitation-token", result.ResetPasswordLink);
        var expected = new ActionToken(
            ActionPurpose.Invitation,
            UserId,
            "jane@example.com",
            PasswordVersion: 3,
            TestData.ClientId,
            TestData.RedirectUri,
            TestData.Now.AddHours(12));
        _actionTokens.Verify(tokens => tokens.Create(expected), Times.Once);
    }

    [Fact]
    public async Task Handle_ReturnsVerificationLink_WhenUnverifiedUserAlreadyHasAPassword()
    {
        // Arrange
        StoreUser(TestData.NewUser(id: UserId, emailVerified: false, passwordHash: "hash", passwordVersion: 2));
        _actionTokens
            .Setup(tokens => tokens.Create(It.Is<ActionToken>(token => token.Purpose == ActionPurpose.EmailVerification)))
            .Returns("verification-token");
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(
            new ResendInvitationCommand(UserId, TestData.RedirectUri),
            CancellationToken.None);

        // Assert
        Assert.False(result.EmailSent);
        Assert.Equal("https://id.example.com/verify-email?token=verification-token", result.ResetPasswordLink);
        _sender.Verify(
            sender => sender.TrySendAsync(UserEmail.EmailVerification, It.IsAny<User>(), It.IsAny<string>(), It.IsAny<CancellationToken>()),
            Times.Once);
    }
}
