using System.Security.Cryptography;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Security;
using DexApi.Infrastructure.Tokens;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.Tokens;

public sealed class SigningKeyRingTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly SigningKeyRepository _repository;
    private readonly MasterKey _masterKey = MasterKeys.CreateRandom();
    private readonly FakeClock _clock = new(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));

    public SigningKeyRingTests() => _repository = new SigningKeyRepository(_database.Sql);

    public void Dispose() => _database.Dispose();

    private SigningKeyRing CreateRing(MasterKey? masterKey = null)
        => new(_repository, masterKey ?? _masterKey, _clock, Options.Create(new KeyOptions { RotationPeriod = TimeSpan.FromHours(24) }));

    [Fact]
    public async Task RefreshAsync_CreatesAndStoresOneKey_WhenDatabaseHasNone()
    {
        // Arrange
        using var ring = CreateRing();

        // Act
        await ring.RefreshAsync(CancellationToken.None);

        // Assert
        var stored = Assert.Single(await _repository.ListNewestFirstAsync(CancellationToken.None));
        Assert.Equal(ring.Active.KeyId, stored.KeyId);
        Assert.Equal("RS256", stored.Algorithm);
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeSeconds(), stored.CreatedAt);
        Assert.Equal(2048, ring.Active.Rsa.KeySize);
        var published = Assert.Single(ring.GetPublicKeys());
        Assert.Equal(stored.KeyId, published.KeyId);
        Assert.Equal("AQAB", published.Exponent);
    }

    [Fact]
    public async Task RefreshAsync_ReusesTheStoredKey_WhenAnotherRingLoadsTheSameDatabase()
    {
        // Arrange
        using var first = CreateRing();
        await first.RefreshAsync(CancellationToken.None);
        var data = "signed by the first ring"u8.ToArray();
        var signature = first.Active.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        // Act
        using var second = CreateRing();
        await second.RefreshAsync(CancellationToken.None);

        // Assert
        Assert.Single(await _repository.ListNewestFirstAsync(CancellationToken.None));
        Assert.Equal(first.Active.KeyId, second.Active.KeyId);
        Assert.True(second.Active.Rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task RefreshAsync_Throws_WhenStoredKeyWasSealedUnderAnotherMasterKey()
    {
        // Arrange
        using var first = CreateRing();
        await first.RefreshAsync(CancellationToken.None);
        using var other = CreateRing(MasterKeys.CreateRandom());

        // Act
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => other.RefreshAsync(CancellationToken.None));

        // Assert
        Assert.Contains(first.Active.KeyId, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_StoresNoPrivateKeyMaterialInTheClear_WhenItCreatesAKey()
    {
        // Arrange
        using var ring = CreateRing();

        // Act
        await ring.RefreshAsync(CancellationToken.None);

        // Assert
        var stored = Assert.Single(await _repository.ListNewestFirstAsync(CancellationToken.None));
        var storedBytes = Convert.FromBase64String(stored.ProtectedPrivateKey);
        var pkcs8 = ring.Active.Rsa.ExportPkcs8PrivateKey();
        var parameters = ring.Active.Rsa.ExportParameters(includePrivateParameters: true);
        Assert.True(storedBytes.Length >= pkcs8.Length);
        Assert.Equal(-1, storedBytes.AsSpan().IndexOf(pkcs8));
        Assert.Equal(-1, storedBytes.AsSpan().IndexOf(parameters.D));
        Assert.Equal(-1, storedBytes.AsSpan().IndexOf(parameters.P));
        Assert.Equal(-1, storedBytes.AsSpan().IndexOf(parameters.Q));
        Assert.DoesNotContain(Convert.ToBase64String(pkcs8), stored.ProtectedPrivateKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Active_Throws_WhenKeysWereNotLoaded()
    {
        // Arrange
        using var ring = CreateRing();

        // Act
        var exception = Record.Exception(() => ring.Active);

        // Assert
        Assert.IsType<InvalidOperationException>(exception);
    }

    [Fact]
    public async Task RefreshAsync_RotatesAndStillVerifiesWithThePreviousKey_WhenNewestKeyIsOlderThanRotationPeriod()
    {
        // Arrange
        using var ring = CreateRing();
        await ring.RefreshAsync(CancellationToken.None);
        var first = ring.Active.KeyId;

        // Act
        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await ring.RefreshAsync(CancellationToken.None);

        // Assert
        Assert.NotEqual(first, ring.Active.KeyId);
        Assert.Equal([ring.Active.KeyId, first], ring.ValidationKeys.Select(key => key.KeyId));
        Assert.Equal(2, (await _repository.ListNewestFirstAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RefreshAsync_KeepsThreeKeys_WhenRotatedThreeTimes()
    {
        // Arrange
        using var ring = CreateRing();
        await ring.RefreshAsync(CancellationToken.None);
        var first = ring.Active.KeyId;

        // Act
        _clock.Advance(TimeSpan.FromHours(25));
        await ring.RefreshAsync(CancellationToken.None);
        var second = ring.Active.KeyId;
        _clock.Advance(TimeSpan.FromHours(25));
        await ring.RefreshAsync(CancellationToken.None);
        var third = ring.Active.KeyId;
        _clock.Advance(TimeSpan.FromHours(25));
        await ring.RefreshAsync(CancellationToken.None);

        // Assert
        Assert.Equal([ring.Active.KeyId, third, second], ring.ValidationKeys.Select(key => key.KeyId));
        Assert.DoesNotContain(first, ring.ValidationKeys.Select(key => key.KeyId));
    }

    [Fact]
    public async Task RefreshAsync_PicksUpARotationMadeByAnotherNode_WhenItRefreshes()
    {
        // Arrange: two nodes on one database.
        using var nodeA = CreateRing();
        using var nodeB = CreateRing();
        await nodeA.RefreshAsync(CancellationToken.None);
        await nodeB.RefreshAsync(CancellationToken.None);
        var before = nodeB.Active.KeyId;

        // Act
        _clock.Advance(TimeSpan.FromHours(25));
        await nodeA.RefreshAsync(CancellationToken.None);
        var beforeRefresh = nodeB.Active.KeyId;
        await nodeB.RefreshAsync(CancellationToken.None);

        // Assert
        Assert.Equal(before, beforeRefresh);
        Assert.Equal(nodeA.Active.KeyId, nodeB.Active.KeyId);
        Assert.Contains(before, nodeB.ValidationKeys.Select(key => key.KeyId));
    }
}
