using System.Text;
using System.Text.Json.Nodes;
using DexApi.Application.Common.Abstractions;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Security;
using DexApi.Infrastructure.Tokens;
using Microsoft.IdentityModel.Tokens;
using Moq;

namespace DexApi.Infrastructure.IntegrationTests.Tokens;

public sealed class ActionTokenServiceTests
{
    private static readonly DateTimeOffset s_now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static readonly ActionToken s_invitation = new(
        ActionPurpose.Invitation,
        "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
        "jane@example.com",
        PasswordVersion: 3,
        "console@app.example.com",
        "https://app.example.com/callback?next=/home",
        s_now.AddHours(12));

    private readonly MasterKey _masterKey = MasterKeys.CreateRandom();
    private readonly Mock<IIssuer> _issuer = new();
    private readonly FakeClock _clock = new(s_now);

    public ActionTokenServiceTests() => _issuer.SetupGet(issuer => issuer.Url).Returns("https://id.example.com");

    private ActionTokenService CreateService(MasterKey? masterKey = null)
        => new(masterKey ?? _masterKey, _issuer.Object, _clock);

    private static string ReplacePayload(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }

    [Theory]
    [InlineData(ActionPurpose.Invitation)]
    [InlineData(ActionPurpose.PasswordReset)]
    public async Task ReadAsync_ReturnsEveryField_WhenTokenIsReadForItsPurpose(ActionPurpose purpose)
    {
        // Arrange
        var service = CreateService();
        var original = s_invitation with { Purpose = purpose };
        var token = service.Create(original);

        // Act
        var read = await service.ReadAsync(token, purpose);

        // Assert
        Assert.Equal(original, read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsEmptyRedirectUrl_WhenTokenWasIssuedWithout()
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation with { RedirectUrl = "" });

        // Act
        var read = await service.ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.NotNull(read);
        Assert.Equal("", read.RedirectUrl);
    }

    [Theory]
    [InlineData(ActionPurpose.Invitation, ActionPurpose.PasswordReset)]
    [InlineData(ActionPurpose.PasswordReset, ActionPurpose.Invitation)]
    public async Task ReadAsync_ReturnsNull_WhenTokenIsReadForAnotherPurpose(
        ActionPurpose issuedFor,
        ActionPurpose readFor)
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation with { Purpose = issuedFor });

        // Act
        var read = await service.ReadAsync(token, readFor);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsToken_UntilTheLastSecondBeforeExpiry()
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation);
        _clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));

        // Act
        var read = await service.ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.Equal(s_invitation, read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400)]
    public async Task ReadAsync_ReturnsNull_WhenClockHasReachedExpiry(int secondsPastExpiry)
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation);
        _clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(secondsPastExpiry));

        // Act
        var read = await service.ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsNull_WhenPayloadWasChangedAfterSigning()
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation);
        var tampered = ReplacePayload(token, payload => payload["pwv"] = 4);

        // Act
        var read = await service.ReadAsync(tampered, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsNull_WhenSignatureIsRemoved()
    {
        // Arrange
        var service = CreateService();
        var token = service.Create(s_invitation);
        var unsigned = token[..(token.LastIndexOf('.') + 1)];

        // Act
        var read = await service.ReadAsync(unsigned, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsNull_WhenTokenWasSignedUnderAnotherMasterKey()
    {
        // Arrange
        var token = CreateService(MasterKeys.CreateRandom()).Create(s_invitation);

        // Act
        var read = await CreateService().ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_ReturnsNull_WhenTokenWasIssuedByAnotherIssuer()
    {
        // Arrange
        var token = CreateService().Create(s_invitation);
        _issuer.SetupGet(issuer => issuer.Url).Returns("https://other.example.com");

        // Act
        var read = await CreateService().ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    public async Task ReadAsync_ReturnsNull_WhenTokenIsGarbage(string token)
    {
        // Act
        var read = await CreateService().ReadAsync(token, ActionPurpose.Invitation);

        // Assert
        Assert.Null(read);
    }
}
