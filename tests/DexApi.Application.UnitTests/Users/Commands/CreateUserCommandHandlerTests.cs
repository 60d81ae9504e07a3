using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Security;
using DexApi.Application.Invitations;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Application.Users;
using DexApi.Application.Users.Commands.CreateUser;
using DexApi.Domain.Users;
using Moq;

namespace DexApi.Application.UnitTests.Users.Commands;

public sealed class CreateUserCommandHandlerTests
{
    private const string ActionToken = "header.pay+load/=.signature";

    private readonly Mock<ICurrentCaller> _caller = new();
    private readonly Mock<IClientRepository> _clients = new();
    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<IActionTokenService> _actionTokens = new();
    private readonly Mock<IIssuer> _issuer = new();
    private readonly Mock<IUserMailer> _sender = new();
    private readonly FakeClock _clock = new(TestData.Now.AddMilliseconds(750));
    private readonly List<User> _added = [];
    private readonly List<ActionToken> _createdTokens = [];

    public CreateUserCommandHandlerTests()
    {
        _caller.SetupGet(caller => caller.ClientId).Returns(TestData.ClientId);
        _clients.Setup(clients => clients.GetByIdAsync(TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TestData.NewClient());
        _users.Setup(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()))
            .Callback<User, CancellationToken>((user, _) => _added.Add(user))
            .Returns(Task.CompletedTask);
        _actionTokens.Setup(tokens => tokens.Create(It.IsAny<ActionToken>()))
            .Callback<ActionToken>(_createdTokens.Add)
            .Returns(ActionToken);
        _issuer.SetupGet(issuer => issuer.Url).Returns(TestData.IssuerUrl);
    }

    private CreateUserCommandHandler CreateHandler() => new(
        new CallingClient(_caller.Object, _clients.Object),
        _users.Object,
        new InvitationDispatcher(_actionTokens.Object, _issuer.Object, _sender.Object, _clock),
        _clock,
        TestData.Mapper);

    private static CreateUserCommand Command(string? redirectUrl = TestData.RedirectUri) => new(
        new NewUser("Jane.Doe@Example.com", "Jane Doe", EmailVerified: false, Admin: true, Disabled: false),
        redirectUrl);

    private void SenderReturns(bool sent)
        => _sender
            .Setup(sender => sender.TrySendAsync(UserEmail.Invitation, It.IsAny<User>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(sent);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://app.example.com/callback/")]
    [InlineData("https://APP.example.com/callback")]
    [InlineData("https://app.example.com/callback?next=1")]
    [InlineData("https://evil.example.com/callback")]
    public async Task Handle_ThrowsInvalidRedirectUrl_WhenUrlIsNotRegisteredForTheClient(string? redirectUrl)
    {
        // Arrange
        SenderReturns(false);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(Command(redirectUrl), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRedirectUrl, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvalidRedirectUrl, exception.Description);
        _users.Verify(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    // Note: the email is checked in the handler, after the redirect URL, because that is the order in which
    // Dex reported the two; a validator would report the email first.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("Jane <jane@example.com>")]
    [InlineData(" jane@example.com")]
    [InlineData("jane@example.com ")]
    [InlineData("a b@example.com")]
    [InlineData("x@y.com z")]
    [InlineData("\"\"")]
    public async Task Handle_ThrowsInvalidEmail_WhenEmailIsNotOneBareAddress(string? email)
    {
        // Arrange
        var handler = CreateHandler();
        var command = new CreateUserCommand(
            new NewUser(email, "Jane", EmailVerified: false, Admin: false, Disabled: false),
            TestData.RedirectUri);

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(() => handler.Handle(command, CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidEmail, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvalidEmail, exception.Description);
        _users.Verify(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_ThrowsInvalidRedirectUrl_WhenBothRedirectUrlAndEmailAreBad()
    {
        // Arrange
        var handler = CreateHandler();
        var command = new CreateUserCommand(
            new NewUser("not an email", "Jane", EmailVerified: false, Admin: false, Disabled: false),
            "https://evil.example.com/callback");

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(() => handler.Handle(command, CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRedirectUrl, exception.ErrorCode);
    }

    [Fact]
    public async Task Handle_ThrowsInvalidClient_WhenCallingClientNoLongerExists()
    {
        // Arrange
        _clients.Setup(clients => clients.GetByIdAsync(TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync((DexApi.Domain.Clients.Client?)null);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(Command(), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidClient, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.CallingClientMissing, exception.Description);
        _users.Verify(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_PropagatesConflict_WhenEmailIsAlreadyInUse()
    {
        // Arrange
        var conflict = new ConflictException(ErrorCodes.DuplicateEmail, ErrorDescriptions.DuplicateEmail);
        _users.Setup(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>())).ThrowsAsync(conflict);
        SenderReturns(true);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ConflictException>(
            () => handler.Handle(Command(), CancellationToken.None));

        // Assert
        Assert.Same(conflict, exception);
        _sender.Verify(
            sender => sender.TrySendAsync(UserEmail.Invitation, It.IsAny<User>(), It.IsAny<string>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Handle_AddsLowerCasedUserWithoutPassword_WhenRequestIsValid()
    {
        // Arrange
        SenderReturns(true);
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(Command(), CancellationToken.None);

        // Assert
        var added = Assert.Single(_added);
        Assert.Equal("jane.doe@example.com", added.Email);
        Assert.Equal("Jane Doe", added.DisplayName);
        Assert.True(added.Admin);
        Assert.False(added.EmailVerified);
        Assert.False(added.Disabled);
        Assert.Null(added.PasswordHash);
        Assert.Equal(TestData.Now, added.CreatedAt);
        var expected = new UserDto
        {
            Id = added.Id,
            Email = "jane.doe@example.com",
            DisplayName = "Jane Doe",
            EmailVerified = false,
            Admin = true,
            Disabled = false,
            CreatedAt = "2024-05-06T07:08:09Z",
        };
        Assert.Equal(expected, result.User);
    }

    [Fact]
    public async Task Handle_ReturnsInvitationLink_WhenSenderCouldNotSendIt()
    {
        // Arrange
        SenderReturns(false);
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(Command(), CancellationToken.None);

        // Assert
        const string link = "https://id.example.com/accept-invitation?token=header.pay%2Bload%2F%3D.signature";
        Assert.False(result.EmailSent);
        Assert.Equal(link, result.ResetPasswordLink);
        var added = Assert.Single(_added);
        var invitation = Assert.Single(_createdTokens);
        var expectedInvitation = new ActionToken(
            ActionPurpose.Invitation,
            added.Id,
            "jane.doe@example.com",
            PasswordVersion: 0,
            TestData.ClientId,
            TestData.RedirectUri,
            _clock.GetUtcNow().AddHours(12));
        Assert.Equal(expectedInvitation, invitation);
        _sender.Verify(sender => sender.TrySendAsync(UserEmail.Invitation, added, link, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_ReportsEmailSentWithoutLink_WhenSenderSentIt()
    {
        // Arrange
        SenderReturns(true);
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(Command(), CancellationToken.None);

        // Assert
        Assert.True(result.EmailSent);
        Assert.Null(result.ResetPasswordLink);
    }
}
