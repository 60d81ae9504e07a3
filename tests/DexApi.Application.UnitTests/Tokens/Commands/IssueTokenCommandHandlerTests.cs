using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens;
using DexApi.Application.Tokens.Commands.IssueToken;
using DexApi.Application.Tokens.Grants;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DexApi.Application.UnitTests.Tokens.Commands;

public sealed class IssueTokenCommandHandlerTests
{
    private const string ClientSecret = "client-secret";
    private const string Password = "correct horse battery staple";

    private static readonly ClientCredentials s_credentials = new(TestData.ClientId, ClientSecret);

    private readonly Mock<IClientRepository> _clients = new();
    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<ISecretHasher> _secretHasher = new();
    private readonly Mock<IPasswordHasher> _passwordHasher = new();
    private readonly Mock<IAccessTokenIssuer> _tokenIssuer = new();
    private readonly Mock<IRefreshTokenRepository> _refreshTokens = new();
    private readonly Mock<IRequestRateLimiter> _rateLimiter = new();
    private readonly TokenOptions _options = new();
    private readonly Client _client = TestData.NewClient(secretDigest: "client-digest");

    public IssueTokenCommandHandlerTests()
    {
        _clients.Setup(clients => clients.GetByIdAsync(TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(_client);
        _secretHasher.Setup(hasher => hasher.Verify("client-digest", ClientSecret)).Returns(true);
        _tokenIssuer.Setup(issuer => issuer.IssueForClientAsync(_client, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IssuedToken("client-jwt", TimeSpan.FromHours(1)));
        _tokenIssuer.Setup(issuer => issuer.IssueForUserAsync(It.IsAny<User>(), _client, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IssuedToken("user-jwt", TimeSpan.FromMinutes(5)));
    }

    private IssueTokenCommandHandler CreateHandler()
    {
        var minter = new RefreshTokenMinter(_secretHasher.Object, TimeProvider.System);
        return new IssueTokenCommandHandler(
            new ClientAuthenticator(_clients.Object, _secretHasher.Object, NullLogger<ClientAuthenticator>.Instance),
            new PasswordGrant(
                _users.Object,
                _passwordHasher.Object,
                _tokenIssuer.Object,
                _refreshTokens.Object,
                minter,
                _rateLimiter.Object,
                Options.Create(_options)),
            new RefreshTokenGrant(
                _refreshTokens.Object,
                _users.Object,
                _tokenIssuer.Object,
                minter,
                TimeProvider.System,
                Options.Create(_options),
                NullLogger<RefreshTokenGrant>.Instance),
            _tokenIssuer.Object);
    }

    private static IssueTokenCommand PasswordGrant(string username = "jane@example.com", string password = Password)
        => new(GrantTypes.Password, s_credentials, username, password);

    private User StoreUser(bool disabled = false, string? passwordHash = "stored-hash")
    {
        var user = TestData.NewUser(disabled: disabled, passwordHash: passwordHash);
        _users.Setup(users => users.GetByEmailAsync("jane@example.com", It.IsAny<CancellationToken>()))
            .ReturnsAsync(user);
        return user;
    }

    private void PasswordCheckReturns(PasswordCheck check)
        => _passwordHasher.Setup(hasher => hasher.Verify(It.IsAny<string?>(), It.IsAny<string>())).Returns(check);

    public static TheoryData<ClientCredentials?> BadClientCredentials => new()
    {
        null,
        new ClientCredentials("unknown@app.example.com", ClientSecret),
        new ClientCredentials(TestData.ClientId, "wrong-secret"),
        new ClientCredentials(TestData.ClientId, ""),
    };

    [Theory]
    [MemberData(nameof(BadClientCredentials))]
    public async Task Handle_ThrowsInvalidClient_WhenClientAuthenticationFails(ClientCredentials? credentials)
    {
        // Arrange
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<OAuthException>(() => handler.Handle(
            new IssueTokenCommand(GrantTypes.ClientCredentials, credentials, null, null),
            CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidClient, exception.ErrorCode);
        Assert.Equal("client authentication failed", exception.Description);
        Assert.True(exception.ClientAuthenticationFailed);
        _tokenIssuer.Verify(
            issuer => issuer.IssueForClientAsync(It.IsAny<Client>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Handle_ReturnsClientToken_WhenClientCredentialsAreValid()
    {
        // Arrange
        var handler = CreateHandler();

        // Act
        var response = await handler.Handle(
            new IssueTokenCommand(GrantTypes.ClientCredentials, s_credentials, null, null),
            CancellationToken.None);

        // Assert
        Assert.Equal(new TokenResponse("client-jwt", "client-jwt", "bearer", 3600), response);
    }

    [Fact]
    public async Task Handle_ReturnsUserToken_WhenPasswordIsRight()
    {
        // Arrange
        var user = StoreUser();
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", Password)).Returns(PasswordCheck.Succeeded);
        var handler = CreateHandler();

        // Act
        var response = await handler.Handle(PasswordGrant(username: "Jane@Example.COM"), CancellationToken.None);

        // Assert
        Assert.Equal(new TokenResponse("user-jwt", "user-jwt", "bearer", 300), response);
        _tokenIssuer.Verify(
            issuer => issuer.IssueForUserAsync(user, _client, It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task Handle_ThrowsSameInvalidGrant_ForUnknownEmailAndWrongPassword()
    {
        // Arrange
        StoreUser();
        PasswordCheckReturns(PasswordCheck.Failed);
        var handler = CreateHandler();

        // Act
        var unknownEmail = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(username: "nobody@example.com"), CancellationToken.None));
        var notAnEmail = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(username: "not an email"), CancellationToken.None));
        var wrongPassword = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(password: "wrong password"), CancellationToken.None));

        // Assert
        foreach (var exception in new[] { unknownEmail, notAnEmail, wrongPassword })
        {
            Assert.Equal(ErrorCodes.InvalidGrant, exception.ErrorCode);
            Assert.Equal("invalid username or password", exception.Description);
            Assert.False(exception.ClientAuthenticationFailed);
        }
    }

    [Fact]
    public async Task Handle_ChecksAPasswordEvenForAnUnknownEmail_SoTimingRevealsNothing()
    {
        // Arrange
        PasswordCheckReturns(PasswordCheck.Failed);
        var handler = CreateHandler();

        // Act
        await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(username: "nobody@example.com"), CancellationToken.None));

        // Assert
        _passwordHasher.Verify(hasher => hasher.Verify(null, Password), Times.Once);
    }

    [Theory]
    [InlineData(true, "stored-hash")]
    [InlineData(false, null)]
    public async Task Handle_ThrowsInvalidGrant_WhenUserIsDisabledOrHasNoPasswordYet(bool disabled, string? passwordHash)
    {
        // Arrange: the password check itself passes, so only the account's state can refuse.
        StoreUser(disabled: disabled, passwordHash: passwordHash);
        PasswordCheckReturns(PasswordCheck.Succeeded);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidGrant, exception.ErrorCode);
        _tokenIssuer.Verify(
            issuer => issuer.IssueForUserAsync(It.IsAny<User>(), It.IsAny<Client>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Handle_ThrowsUnsupportedGrantType_WhenPasswordGrantIsTurnedOff()
    {
        // Arrange
        _options.PasswordGrantEnabled = false;
        StoreUser();
        PasswordCheckReturns(PasswordCheck.Succeeded);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.UnsupportedGrantType, exception.ErrorCode);
        _users.Verify(users => users.GetByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_ThrowsInvalidClient_BeforeLookingAtThePasswordGrantSetting()
    {
        // Arrange
        _options.PasswordGrantEnabled = false;
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<OAuthException>(() => handler.Handle(
            new IssueTokenCommand(GrantTypes.Password, null, "jane@example.com", Password),
            CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidClient, exception.ErrorCode);
    }

    [Fact]
    public async Task Handle_StoresANewHash_WhenPasswordVerifiedAgainstAnOutdatedHash()
    {
        // Arrange
        var user = StoreUser();
        PasswordCheckReturns(PasswordCheck.SucceededRehashNeeded);
        _passwordHasher.Setup(hasher => hasher.Hash(Password)).Returns("new-hash");
        var handler = CreateHandler();

        // Act
        var response = await handler.Handle(PasswordGrant(), CancellationToken.None);

        // Assert
        Assert.Equal("user-jwt", response.AccessToken);
        _users.Verify(
            users => users.UpdatePasswordHashAsync(user.Id, "new-hash", It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task Handle_KeepsTheStoredHash_WhenPasswordVerifiedAgainstACurrentHash()
    {
        // Arrange
        StoreUser();
        PasswordCheckReturns(PasswordCheck.Succeeded);
        var handler = CreateHandler();

        // Act
        await handler.Handle(PasswordGrant(), CancellationToken.None);

        // Assert
        _users.Verify(
            users => users.UpdatePasswordHashAsync(
                It.IsAny<string>(),
                It.IsAny<string>(),
                It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Handle_RefusesWithoutCheckingThePassword_WhenTheUsernameHadTooManyWrongPasswords()
    {
        // Arrange
        StoreUser();
        _rateLimiter.Setup(limiter => limiter.IsExhausted(RateLimitedAction.FailedPasswordsPerUsername, "jane@example.com"))
            .Returns(true);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<OAuthException>(
            () => handler.Handle(PasswordGrant(), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidGrant, exception.ErrorCode);
        Assert.Contains("too many wrong passwords", exception.Description);
        _passwordHasher.Verify(hasher => hasher.Verify(It.IsAny<string?>(), It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task Handle_CountsAFailure_WhenThePasswordIsWrong()
    {
        // Arrange
        StoreUser();
        PasswordCheckReturns(PasswordCheck.Failed);
        var handler = CreateHandler();

        // Act
        await Assert.ThrowsAsync<OAuthException>(() => handler.Handle(PasswordGrant(), CancellationToken.None));

        // Assert
        _rateLimiter.Verify(
            limiter => limiter.TryAcquire(RateLimitedAction.FailedPasswordsPerUsername, "jane@example.com"),
            Times.Once);
    }
}
