using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

/// <summary>Writes that arrive together, on every database; on SQLite they queue at the dialect's write gate.</summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    private static readonly DateTimeOffset s_createdAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly UserRepository _users;

    public ConcurrentWriteTests() => _users = new UserRepository(_database.Sql);

    public void Dispose() => _database.Dispose();

    private static User NewUser(int number) => new()
    {
        Id = $"user-{number:D3}",
        Email = $"user{number:D3}@example.com",
        CreatedAt = s_createdAt,
    };

    [Fact]
    public async Task AddAsync_StoresEveryUser_WhenFortyArriveAtOnce()
    {
        // Act
        await Task.WhenAll(Enumerable.Range(0, 40).Select(number =>
            Task.Run(() => _users.AddAsync(NewUser(number), CancellationToken.None))));

        // Assert
        var stored = await _users.ListByEmailAsync(null, 100, CancellationToken.None);
        Assert.Equal(40, stored.Count);
        Assert.Equal("user000@example.com", stored[0].Email);
        Assert.Equal("user039@example.com", stored[^1].Email);
    }

    [Fact]
    public async Task WriteAsync_LetsTheNextWriterIn_AfterAWriteFails()
    {
        // Arrange
        await _users.AddAsync(NewUser(1), CancellationToken.None);
        var duplicate = _users.AddAsync(NewUser(1), CancellationToken.None);

        // Act
        await Assert.ThrowsAsync<ConflictException>(() => duplicate);
        if (_database.Dialect.WriteGate is { } gate)
        {
            Assert.Equal(1, gate.CurrentCount);
        }

        await _users.AddAsync(NewUser(2), CancellationToken.None);

        // Assert
        Assert.NotNull(await _users.GetByIdAsync("user-002", CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_GivesUpWaiting_WhenCancelledBehindAnotherWriter()
    {
        if (_database.Dialect.WriteGate is not { } gate)
        {
            return; // Only SQLite queues writers in the process.
        }

        // Arrange: another writer holds the gate.
        await gate.WaitAsync();
        using var cancellation = new CancellationTokenSource();
        var waiting = _users.AddAsync(NewUser(3), cancellation.Token);

        // Act
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        gate.Release();

        // Assert: nothing was written, and the gate is free again.
        Assert.Null(await _users.GetByIdAsync("user-003", CancellationToken.None));
        await _users.AddAsync(NewUser(4), CancellationToken.None);
        Assert.Equal(1, gate.CurrentCount);
    }
}
