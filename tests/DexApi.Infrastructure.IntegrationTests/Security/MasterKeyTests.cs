using System.Security.Cryptography;
using System.Text;
using DexApi.Infrastructure.IntegrationTests.TestSupport;

namespace DexApi.Infrastructure.IntegrationTests.Security;

public sealed class MasterKeyTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _dataDirectory;

    public MasterKeyTests() => _dataDirectory = Path.Combine(_directory.Path, "data");

    public void Dispose() => _directory.Dispose();

    private string KeyFile => Path.Combine(_dataDirectory, "master.key");

    private static byte[] ExpectedDerivation(byte[] masterKey, string purpose)
        => HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));

    [Fact]
    public void Derive_UsesTheConfiguredKey_WhenOneIsConfigured()
    {
        // Arrange
        var configured = RandomNumberGenerator.GetBytes(32);
        var masterKey = MasterKeys.Create(Convert.ToBase64String(configured), _dataDirectory);

        // Act
        var derived = masterKey.Derive("dexapi/test");

        // Assert
        Assert.Equal(ExpectedDerivation(configured, "dexapi/test"), derived);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void Derive_GivesDifferentKeys_WhenPurposesDiffer()
    {
        // Arrange
        var masterKey = MasterKeys.CreateRandom();

        // Act
        var first = masterKey.Derive("dexapi/page-tokens");
        var second = masterKey.Derive("dexapi/action-tokens");

        // Assert
        Assert.Equal(32, first.Length);
        Assert.NotEqual(first, second);
    }

    public static TheoryData<string> InvalidKeys => new()
    {
        "not base64!",
        Convert.ToBase64String(new byte[16]),
        Convert.ToBase64String(new byte[31]),
        Convert.ToBase64String(new byte[33]),
        Convert.ToBase64String(new byte[48]),
    };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public void Derive_Throws_WhenConfiguredKeyIsNotBase64OfThirtyTwoBytes(string configured)
    {
        // Arrange
        var masterKey = MasterKeys.Create(configured, _dataDirectory);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => masterKey.Derive("dexapi/test"));

        // Assert
        Assert.Contains("Security:MasterKey", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void Derive_GeneratesAKeyFileReadableOnlyByItsOwner_WhenNoKeyIsConfigured()
    {
        // Arrange
        var masterKey = MasterKeys.Create(null, _dataDirectory);

        // Act
        var derived = masterKey.Derive("dexapi/test");

        // Assert
        Assert.True(File.Exists(KeyFile));
        var stored = Convert.FromBase64String(File.ReadAllText(KeyFile));
        Assert.Equal(32, stored.Length);
        Assert.Equal(ExpectedDerivation(stored, "dexapi/test"), derived);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
    }

    [Fact]
    public void Derive_ReusesTheGeneratedKeyFile_WhenAnotherInstanceStartsLater()
    {
        // Arrange
        var first = MasterKeys.Create(null, _dataDirectory).Derive("dexapi/test");
        var fileContents = File.ReadAllText(KeyFile);
        var written = File.GetLastWriteTimeUtc(KeyFile);

        // Act
        var second = MasterKeys.Create(null, _dataDirectory).Derive("dexapi/test");

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(fileContents, File.ReadAllText(KeyFile));
        Assert.Equal(written, File.GetLastWriteTimeUtc(KeyFile));
    }

    [Fact]
    public void Derive_Throws_WhenTheKeyFileIsDamaged()
    {
        // Arrange
        Directory.CreateDirectory(_dataDirectory);
        File.WriteAllText(KeyFile, "damaged");
        var masterKey = MasterKeys.Create(null, _dataDirectory);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => masterKey.Derive("dexapi/test"));

        // Assert
        Assert.Contains("master.key", exception.Message, StringComparison.Ordinal);
    }
}
