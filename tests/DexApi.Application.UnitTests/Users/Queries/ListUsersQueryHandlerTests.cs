using System.Text.Json;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Common.Paging;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Application.Users.Queries.ListUsers;
using Moq;

namespace DexApi.Application.UnitTests.Users.Queries;

public sealed class ListUsersQueryHandlerTests
{
    private const string Purpose = "users-by-email";
    private const string SealedPrefix = "sealed:";

    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<IPageTokenProtector> _protector = new();

    public ListUsersQueryHandlerTests()
    {
        // The fake seal is readable, so that tests can see what the handler put in the cursor.
        _protector.Setup(protector => protector.Protect(It.IsAny<string>(), It.IsAny<string>()))
            .Returns<string, string>((purpose, payload) => $"{SealedPrefix}{purpose}:{payload}");
    }

    private ListUsersQueryHandler CreateHandler() => new(_users.Object, _protector.Object, TestData.Mapper);

    private void Rows(string? after, int limit, params string[] emails)
        => _users.Setup(users => users.ListByEmailAsync(after, limit, It.IsAny<CancellationToken>()))
            .ReturnsAsync(emails.Select((email, index) => TestData.NewUser(id: $"id-{index}", email: email)).ToList());

    private static PageCursor ReadCursor(string token)
    {
        var prefix = $"{SealedPrefix}{Purpose}:";
        Assert.StartsWith(prefix, token);
        return JsonSerializer.Deserialize<PageCursor>(token[prefix.Length..])!;
    }

    private void Unprotects(string token, string? payload)
        => _protector.Setup(protector => protector.Unprotect(Purpose, token)).Returns(payload);

    [Theory]
    [InlineData(null, 21)]
    [InlineData("", 21)]
    [InlineData("5", 6)]
    [InlineData("+7", 8)]
    [InlineData("100", 101)]
    public async Task Handle_FetchesOneRowMoreThanThePageSize_WhenStartingAtTheBeginning(
        string? maxResults,
        int expectedLimit)
    {
        // Arrange
        Rows(null, expectedLimit);
        var handler = CreateHandler();

        // Act
        var page = await handler.Handle(new ListUsersQuery(maxResults, null), CancellationToken.None);

        // Assert
        Assert.Empty(page.Users);
        Assert.Null(page.NextPageToken);
        _users.Verify(users => users.ListByEmailAsync(null, expectedLimit, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_ReturnsOnePageAndNextToken_WhenMoreRowsExist()
    {
        // Arrange
        Rows(null, 3, "a@example.com", "b@example.com", "c@example.com");
        var handler = CreateHandler();

        // Act
        var page = await handler.Handle(new ListUsersQuery("2", null), CancellationToken.None);

        // Assert
        Assert.Equal(["a@example.com", "b@example.com"], page.Users.Select(user => user.Email));
        Assert.Equal(new PageCursor(2, "b@example.com"), ReadCursor(page.NextPageToken!));
    }

    [Fact]
    public async Task Handle_ReturnsNoNextToken_WhenRowsFitInThePage()
    {
        // Arrange
        Rows(null, 3, "a@example.com", "b@example.com");
        var handler = CreateHandler();

        // Act
        var page = await handler.Handle(new ListUsersQuery("2", null), CancellationToken.None);

        // Assert
        Assert.Equal(["a@example.com", "b@example.com"], page.Users.Select(user => user.Email));
        Assert.Null(page.NextPageToken);
        _protector.Verify(protector => protector.Protect(It.IsAny<string>(), It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task Handle_UsesTheCursorsPageSizeAndPosition_WhenQueryAlsoGivesMaxResults()
    {
        // Arrange
        Unprotects("token", JsonSerializer.Serialize(new PageCursor(2, "b@example.com")));
        Rows("b@example.com", 3, "c@example.com", "d@example.com", "e@example.com");
        var handler = CreateHandler();

        // Act
        var page = await handler.Handle(new ListUsersQuery("50", "token"), CancellationToken.None);

        // Assert
        Assert.Equal(["c@example.com", "d@example.com"], page.Users.Select(user => user.Email));
        Assert.Equal(new PageCursor(2, "d@example.com"), ReadCursor(page.NextPageToken!));
        _users.Verify(users => users.ListByEmailAsync("b@example.com", 3, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_ReturnsEmptyPage_WhenCursorPointsPastTheEnd()
    {
        // Arrange
        Unprotects("token", JsonSerializer.Serialize(new PageCursor(20, "z@example.com")));
        Rows("z@example.com", 21);
        var handler = CreateHandler();

        // Act
        var page = await handler.Handle(new ListUsersQuery(null, "token"), CancellationToken.None);

        // Assert
        Assert.Empty(page.Users);
        Assert.Null(page.NextPageToken);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("{\"MaxResults\":0,\"After\":\"a@example.com\"}")]
    [InlineData("{\"MaxResults\":101,\"After\":\"a@example.com\"}")]
    public async Task Handle_ThrowsInvalidRequest_WhenTokenDoesNotOpen(string? payload)
    {
        // Arrange
        Unprotects("token", payload);
        var handler = CreateHandler();

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => handler.Handle(new ListUsersQuery(null, "token"), CancellationToken.None));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvalidPageToken, exception.Description);
        _users.Verify(
            users => users.ListByEmailAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }
}
