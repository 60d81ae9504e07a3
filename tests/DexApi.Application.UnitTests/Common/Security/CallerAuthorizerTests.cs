using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Security;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using Moq;

namespace DexApi.Application.UnitTests.Common.Security;

public sealed class CallerAuthorizerTests
{
    private const string UserId = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

    private readonly Mock<ICurrentCaller> _caller = new();
    private readonly Mock<ICallerRepository> _callers = new();
    private readonly Mock<IClientRepository> _clients = new();

    private CallerAuthorizer CreateAuthorizer(string? subject, string? clientId)
    {
        _caller.SetupGet(caller => caller.Subject).Returns(subject);
        _caller.SetupGet(caller => caller.ClientId).Returns(clientId);
        return new CallerAuthorizer(_caller.Object, _callers.Object, _clients.Object);
    }

    private void Store(User? user, Client? client)
    {
        _callers.Setup(callers => callers.FindAsync(UserId, TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(user is null ? null : new CallerRecord(user, client));
        _clients.Setup(clients => clients.GetByIdAsync(TestData.ClientId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(client);
    }

    [Theory]
    [InlineData(null, TestData.ClientId)]
    [InlineData("", TestData.ClientId)]
    [InlineData(UserId, null)]
    [InlineData(UserId, "")]
    public async Task AuthorizeAdminAsync_ThrowsUnauthorized_WhenSubjectOrAudienceIsMissing(
        string? subject,
        string? clientId)
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: true), TestData.NewClient(admin: true));
        var authorizer = CreateAuthorizer(subject, clientId);

        // Act
        var exception = await Assert.ThrowsAsync<UnauthorizedException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Unauthorized, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.Unauthorized, exception.Description);
    }

    [Fact]
    public async Task AuthorizeAdminAsync_ThrowsUnauthorized_WhenUserIsUnknown()
    {
        // Arrange
        Store(null, TestData.NewClient(admin: true));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Assert.ThrowsAsync<UnauthorizedException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Unauthorized, exception.ErrorCode);
    }

    [Fact]
    public async Task AuthorizeAdminAsync_ThrowsUnauthorized_WhenClientIsUnknown()
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: true), null);
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Assert.ThrowsAsync<UnauthorizedException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Unauthorized, exception.ErrorCode);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task AuthorizeAdminAsync_ThrowsForbidden_WhenClientIsNotAdminWhateverTheUser(
        bool userAdmin,
        bool userDisabled)
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: userAdmin, disabled: userDisabled), TestData.NewClient(admin: false));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Forbidden, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.Forbidden, exception.Description);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AuthorizeAdminAsync_ThrowsUnauthorized_WhenUserIsDisabledAndClientIsAdmin(bool userAdmin)
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: userAdmin, disabled: true), TestData.NewClient(admin: true));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Assert.ThrowsAsync<UnauthorizedException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Unauthorized, exception.ErrorCode);
    }

    [Fact]
    public async Task AuthorizeAdminAsync_ThrowsForbidden_WhenUserIsNotAdmin()
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: false), TestData.NewClient(admin: true));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => authorizer.AuthorizeAdminAsync(CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.Forbidden, exception.ErrorCode);
    }

    [Fact]
    public async Task AuthorizeAdminAsync_ReturnsUserAndClient_WhenAdminUserUsesAdminClient()
    {
        // Arrange
        var user = TestData.NewUser(id: UserId, admin: true);
        var client = TestData.NewClient(admin: true);
        Store(user, client);
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var caller = await authorizer.AuthorizeAdminAsync(CancellationToken.None);

        // Assert
        Assert.Same(user, caller.User);
        Assert.Same(client, caller.Client);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, typeof(ForbiddenAccessException))]
    public async Task AuthorizeClientAdministrationAsync_DecidesByTheClientsAdminFlag_WhenTokenIsTheClientsOwn(
        bool clientIsAdmin,
        Type? expected)
    {
        // Arrange: a client-credentials token names the client as its subject.
        Store(null, TestData.NewClient(admin: clientIsAdmin));
        var authorizer = CreateAuthorizer(TestData.ClientId, TestData.ClientId);

        // Act
        var exception = await Record.ExceptionAsync(() => authorizer.AuthorizeClientAdministrationAsync(CancellationToken.None));

        // Assert
        Assert.Equal(expected, exception?.GetType());
    }

    [Fact]
    public async Task AuthorizeClientAdministrationAsync_ThrowsUnauthorized_WhenClientOfOwnTokenIsUnknown()
    {
        // Arrange
        Store(null, null);
        var authorizer = CreateAuthorizer(TestData.ClientId, TestData.ClientId);

        // Act and assert
        await Assert.ThrowsAsync<UnauthorizedException>(
            () => authorizer.AuthorizeClientAdministrationAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(true, true, null)]
    [InlineData(false, true, typeof(ForbiddenAccessException))]
    [InlineData(true, false, typeof(ForbiddenAccessException))]
    public async Task AuthorizeClientAdministrationAsync_NeedsAnAdminUserAndAnAdminClient_WhenTokenIsAUsers(
        bool userIsAdmin,
        bool clientIsAdmin,
        Type? expected)
    {
        // Arrange
        Store(TestData.NewUser(id: UserId, admin: userIsAdmin), TestData.NewClient(admin: clientIsAdmin));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Record.ExceptionAsync(() => authorizer.AuthorizeClientAdministrationAsync(CancellationToken.None));

        // Assert
        Assert.Equal(expected, exception?.GetType());
    }

    [Theory]
    [InlineData(UserId, false, false, null)]
    [InlineData("someone-else", true, false, null)]
    [InlineData("someone-else", false, false, typeof(ForbiddenAccessException))]
    [InlineData(UserId, false, true, typeof(UnauthorizedException))]
    [InlineData("someone-else", true, true, typeof(UnauthorizedException))]
    public async Task AuthorizeAccountAsync_LetsTheOwnerOrAnEnabledAdminIn_WhateverTheClient(
        string accountUserId,
        bool callerIsAdmin,
        bool callerIsDisabled,
        Type? expected)
    {
        // Arrange: any registered client will do, admin or not.
        Store(TestData.NewUser(id: UserId, admin: callerIsAdmin, disabled: callerIsDisabled), TestData.NewClient(admin: false));
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act
        var exception = await Record.ExceptionAsync(() => authorizer.AuthorizeAccountAsync(accountUserId, CancellationToken.None));

        // Assert
        Assert.Equal(expected, exception?.GetType());
    }

    [Fact]
    public async Task AuthorizeAccountAsync_ThrowsUnauthorized_WhenClientIsUnknown()
    {
        // Arrange
        Store(TestData.NewUser(id: UserId), null);
        var authorizer = CreateAuthorizer(UserId, TestData.ClientId);

        // Act and assert
        await Assert.ThrowsAsync<UnauthorizedException>(() => authorizer.AuthorizeAccountAsync(UserId, CancellationToken.None));
    }
}
