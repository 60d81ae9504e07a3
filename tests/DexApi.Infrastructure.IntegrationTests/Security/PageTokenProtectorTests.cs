using System.Buffers.Text;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Security;

namespace DexApi.Infrastructure.IntegrationTests.Security;

public sealed class PageTokenProtectorTests
{
    private const string Purpose = "users-by-email";
    private const string Payload = "{\"MaxResults\":20,\"After\":\"jane@example.com\"}";

    private readonly PageTokenProtector _protector = new(MasterKeys.CreateRandom());

    [Fact]
    public void Unprotect_ReturnsThePayload_WhenTokenWasProtectedForTheSamePurpose()
    {
        // Arrange
        var token = _protector.Protect(Purpose, Payload);

        // Act
        var payload = _protector.Unprotect(Purpose, token);

        // Assert
        Assert.Equal(Payload, payload);
        Assert.True(Base64Url.IsValid(token));
        Assert.DoesNotContain("jane", token, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Protect_ReturnsDifferentTokens_WhenSamePayloadIsProtectedTwice()
    {
        // Act
        var first = _protector.Protect(Purpose, Payload);
        var second = _protector.Protect(Purpose, Payload);

        // Assert
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Unprotect_ReturnsNull_WhenTokenWasProtectedForAnotherPurpose()
    {
        // Arrange
        var token = _protector.Protect("clients-by-id", Payload);

        // Act
        var payload = _protector.Unprotect(Purpose, token);

        // Assert
        Assert.Null(payload);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(-1)]
    public void Unprotect_ReturnsNull_WhenOneByteOfTheTokenIsChanged(int index)
    {
        // Arrange
        var bytes = Base64Url.DecodeFromChars(_protector.Protect(Purpose, Payload));
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;
        var tampered = Base64Url.EncodeToString(bytes);

        // Act
        var payload = _protector.Unprotect(Purpose, tampered);

        // Assert
        Assert.Null(payload);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not a token!")]
    [InlineData("eyJNYXhSZXN1bHRzIjoxMDAwLCJBZnRlciI6ImEifQ")]
    public void Unprotect_ReturnsNull_WhenTokenIsGarbage(string token)
    {
        // Act
        var payload = _protector.Unprotect(Purpose, token);

        // Assert
        Assert.Null(payload);
    }

    [Fact]
    public void Unprotect_ReturnsNull_WhenTokenWasProtectedUnderAnotherMasterKey()
    {
        // Arrange
        var token = new PageTokenProtector(MasterKeys.CreateRandom()).Protect(Purpose, Payload);

        // Act
        var payload = _protector.Unprotect(Purpose, token);

        // Assert
        Assert.Null(payload);
    }
}
