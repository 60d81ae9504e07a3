using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

public sealed class ClientRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset s_createdAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ClientRepository _clients;

    public ClientRepositoryTests() => _clients = new ClientRepository(_database.Sql);

    public void Dispose() => _database.Dispose();

    private static Client NewClient(string id, params string[] redirectUris) => new()
    {
        Id = id,
        SecretDigest = "sha256:digest",
        RedirectUris = redirectUris.Length > 0 ? redirectUris : ["https://app.example.com/callback"],
        CreatedAt = s_createdAt,
    };

    [Fact]
    public async Task AddAsync_StoresEveryField_WhenReadBackById()
    {
        // Arrange
        var client = new Client
        {
            Id = "Qx0Zw=@app.example.com",
            SecretDigest = "sha256:abc=",
            RedirectUris = ["https://app.example.com/callback"],
            Admin = true,
            Name = "Console",
            ClientUri = "https://app.example.com",
            LogoUri = "https://app.example.com/logo.png",
            CreatedAt = s_createdAt,
        };

        // Act
        await _clients.AddAsync(client, CancellationToken.None);
        var stored = await _clients.GetByIdAsync(client.Id, CancellationToken.None);

        // Assert
        Assert.NotNull(stored);
        Assert.Equal("Qx0Zw=@app.example.com", stored.Id);
        Assert.Equal("sha256:abc=", stored.SecretDigest);
        Assert.Equal(["https://app.example.com/callback"], stored.RedirectUris);
        Assert.True(stored.Admin);
        Assert.Equal("Console", stored.Name);
        Assert.Equal("https://app.example.com", stored.ClientUri);
        Assert.Equal("https://app.example.com/logo.png", stored.LogoUri);
        Assert.Equal(s_createdAt, stored.CreatedAt);
    }

    [Fact]
    public async Task AddAsync_KeepsRedirectUrisInTheirOrder_WhenThereAreSeveral()
    {
        // Arrange
        string[] redirectUris =
        [
            "https://z.example.com/callback",
            "http://localhost:5555/callback?x=\"quoted\"&y=ü",
            "https://a.example.com/callback",
            "https://a.example.com/callback",
        ];

        // Act
        await _clients.AddAsync(NewClient("console", redirectUris), CancellationToken.None);
        var stored = await _clients.GetByIdAsync("console", CancellationToken.None);

        // Assert
        Assert.Equal(redirectUris, stored!.RedirectUris);
    }

    [Fact]
    public async Task GetByIdAsync_ReturnsNull_WhenIdIsUnknownOrDiffersInCase()
    {
        // Arrange
        await _clients.AddAsync(NewClient("console@app.example.com"), CancellationToken.None);

        // Act
        var unknown = await _clients.GetByIdAsync("other@app.example.com", CancellationToken.None);
        var otherCase = await _clients.GetByIdAsync("Console@app.example.com", CancellationToken.None);

        // Assert
        Assert.Null(unknown);
        Assert.Null(otherCase);
    }

    [Fact]
    public async Task AddAsync_ThrowsConflict_WhenIdIsTaken()
    {
        // Arrange
        await _clients.AddAsync(NewClient("console", "https://first.example.com/cb"), CancellationToken.None);

        // Act
        var exception = await Record.ExceptionAsync(
            () => _clients.AddAsync(NewClient("console", "https://second.example.com/cb"), CancellationToken.None));

        // Assert
        Assert.IsType<ConflictException>(exception);
        var stored = await _clients.GetByIdAsync("console", CancellationToken.None);
        Assert.Equal(["https://first.example.com/cb"], stored!.RedirectUris);
    }

    [Fact]
    public async Task AnyAsync_ReportsWhetherAClientIsStored()
    {
        // Act
        var before = await _clients.AnyAsync(CancellationToken.None);
        await _clients.AddAsync(NewClient("console"), CancellationToken.None);
        var after = await _clients.AnyAsync(CancellationToken.None);

        // Assert
        Assert.False(before);
        Assert.True(after);
    }
}
