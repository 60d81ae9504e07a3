using System.Reflection;
using System.Text.RegularExpressions;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

public sealed class CallerRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset s_userCreatedAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private static readonly DateTimeOffset s_clientCreatedAt = new(2023, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly CallerRepository _callers;
    private readonly UserRepository _users;
    private readonly ClientRepository _clients;

    public CallerRepositoryTests()
    {
        _callers = new CallerRepository(_database.Sql);
        _users = new UserRepository(_database.Sql);
        _clients = new ClientRepository(_database.Sql);
    }

    public void Dispose() => _database.Dispose();

    private static User NewUser() => new()
    {
        Id = "caller-user",
        Email = "caller@example.com",
        DisplayName = "Caller",
        EmailVerified = true,
        Admin = true,
        Disabled = false,
        CreatedAt = s_userCreatedAt,
        PasswordHash = "pbkdf2:hash",
    };

    private static Client NewClient() => new()
    {
        Id = "caller-client",
        SecretDigest = "sha256:digest",
        RedirectUris = ["https://console.example.com/callback", "https://console.example.com/set"],
        Admin = true,
        Name = "Console",
        ClientUri = "https://console.example.com",
        LogoUri = "https://console.example.com/logo.png",
        CreatedAt = s_clientCreatedAt,
    };

    [Fact]
    public async Task FindAsync_ReturnsEveryFieldOfBoth_WhenUserAndClientExist()
    {
        // Arrange
        await _users.AddAsync(NewUser(), CancellationToken.None);
        await _clients.AddAsync(NewClient(), CancellationToken.None);
        await _users.AddAsync(
            new User { Id = "other-user", Email = "other@example.com", CreatedAt = s_userCreatedAt },
            CancellationToken.None);

        // Act
        var record = await _callers.FindAsync("caller-user", "caller-client", CancellationToken.None);

        // Assert
        Assert.NotNull(record);
        Assert.Equal("caller-user", record.User.Id);
        Assert.Equal("caller@example.com", record.User.Email);
        Assert.Equal("Caller", record.User.DisplayName);
        Assert.True(record.User.EmailVerified);
        Assert.True(record.User.Admin);
        Assert.False(record.User.Disabled);
        Assert.Equal(s_userCreatedAt, record.User.CreatedAt);
        Assert.Equal("pbkdf2:hash", record.User.PasswordHash);
        Assert.NotNull(record.Client);
        Assert.Equal("caller-client", record.Client.Id);
        Assert.Equal("sha256:digest", record.Client.SecretDigest);
        Assert.Equal(
            ["https://console.example.com/callback", "https://console.example.com/set"],
            record.Client.RedirectUris);
        Assert.True(record.Client.Admin);
        Assert.Equal("Console", record.Client.Name);
        Assert.Equal("https://console.example.com", record.Client.ClientUri);
        Assert.Equal("https://console.example.com/logo.png", record.Client.LogoUri);
        Assert.Equal(s_clientCreatedAt, record.Client.CreatedAt);
    }

    [Fact]
    public async Task FindAsync_ReturnsTheUserWithoutClient_WhenOnlyTheClientIsMissing()
    {
        // Arrange
        await _users.AddAsync(NewUser(), CancellationToken.None);
        await _clients.AddAsync(NewClient(), CancellationToken.None);

        // Act
        var record = await _callers.FindAsync("caller-user", "deleted-client", CancellationToken.None);

        // Assert
        Assert.NotNull(record);
        Assert.Equal("caller-user", record.User.Id);
        Assert.Null(record.Client);
    }

    [Fact]
    public async Task FindAsync_ReturnsNull_WhenTheUserIsMissing()
    {
        // Arrange
        await _users.AddAsync(NewUser(), CancellationToken.None);
        await _clients.AddAsync(NewClient(), CancellationToken.None);

        // Act
        var record = await _callers.FindAsync("deleted-user", "caller-client", CancellationToken.None);

        // Assert
        Assert.Null(record);
    }

    [Fact]
    public async Task FindAsync_SeesADisableMadeAMomentAgo()
    {
        // Arrange
        await _users.AddAsync(NewUser(), CancellationToken.None);
        await _clients.AddAsync(NewClient(), CancellationToken.None);
        await _callers.FindAsync("caller-user", "caller-client", CancellationToken.None);

        // Act
        await _users.SetDisabledAsync("caller-user", true, CancellationToken.None);
        var record = await _callers.FindAsync("caller-user", "caller-client", CancellationToken.None);

        // Assert
        Assert.NotNull(record);
        Assert.True(record.User.Disabled);
    }

    [Fact]
    public async Task FindAsync_ComparesIdsCaseSensitively()
    {
        // Arrange
        await _users.AddAsync(NewUser(), CancellationToken.None);
        await _clients.AddAsync(NewClient(), CancellationToken.None);

        // Act
        var wrongUserCase = await _callers.FindAsync("CALLER-USER", "caller-client", CancellationToken.None);
        var wrongClientCase = await _callers.FindAsync("caller-user", "CALLER-CLIENT", CancellationToken.None);

        // Assert
        Assert.Null(wrongUserCase);
        Assert.NotNull(wrongClientCase);
        Assert.Null(wrongClientCase.Client);
    }

    [Theory]
    [InlineData("UserRow", "u")]
    [InlineData("ClientRow", "c")]
    public void SelectUserAndClient_ReadsEveryColumnTheRowClassReads(string rowClass, string tableAlias)
    {
        // Arrange
        var assembly = typeof(CallerRepository).Assembly;
        var columns = (string)assembly.GetType($"DexApi.Infrastructure.Persistence.{rowClass}")!
            .GetField("Columns")!.GetRawConstantValue()!;
        var statement = (string)typeof(CallerRepository)
            .GetField("SelectUserAndClient", BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;
        var selected = Regex.Replace(statement, @"\s+", " ");

        // Act
        var missing = columns.Split(',')
            .Select(column => $"{tableAlias}.{Regex.Replace(column.Trim(), @"\s+", " ")}")
            .Where(column => !selected.Contains(column, StringComparison.Ordinal))
            .ToList();

        // Assert
        Assert.NotEmpty(columns.Split(','));
        Assert.Empty(missing);
    }
}
