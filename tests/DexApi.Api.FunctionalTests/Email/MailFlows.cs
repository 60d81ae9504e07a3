using System.Net;
using System.Text.RegularExpressions;
using DexApi.Api.FunctionalTests.Infrastructure;
using MimeKit;

namespace DexApi.Api.FunctionalTests.Email;

/// <summary>What the mail tests do again and again: read links out of mails, ask for a reset as a browser.</summary>
public static partial class MailFlows
{
    /// <summary>The one link in the plain-text part, made relative to the service.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? "");
        Assert.True(match.Success, "the mail's text part holds no link");
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>Loads the forgotten-password form and posts <paramref name="email"/>, keeping the anti-forgery parts.</summary>
    public static async Task<HttpResponseMessage> AskForResetAsync(HttpClient browser, string email, string query = "")
    {
        var form = await browser.GetAsync("/send-reset-password" + query);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var post = new HttpRequestMessage(HttpMethod.Post, "/send-reset-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ApiSession.HiddenField(html, "__RequestVerificationToken"),
                ["client_id"] = OptionalField(html, "client_id"),
                ["redirect_uri"] = OptionalField(html, "redirect_uri"),
                ["email"] = email,
            }),
        };
        return await browser.SendAsync(post);
    }

    // Razor leaves out a value attribute whose value is null.
    private static string OptionalField(string html, string name)
        => Regex.IsMatch(html, $"name=\"{name}\" value=") ? ApiSession.HiddenField(html, name) : "";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
