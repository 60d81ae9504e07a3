using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Email;

/// <summary>Without a mail server the page says plainly that it cannot help, instead of promising a mail.</summary>
public sealed class ForgottenPasswordWithoutMailTests : IClassFixture<DexApiFixture>
{
    private readonly DexApiFactory _factory;

    public ForgottenPasswordWithoutMailTests(DexApiFixture fixture) => _factory = fixture.Factory;

    [Fact]
    public async Task SendResetPassword_Returns503WithAnExplanation_WhenNoMailServerIsConfigured()
    {
        // Arrange
        var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        var page = await browser.GetAsync("/send-reset-password");
        var post = await browser.PostAsync("/send-reset-password", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["email"] = DexApiFactory.AdminEmail }));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("cannot send mail", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("sendResetPasswordForm", await page.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
    }
}
