using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Passwords;

/// <summary>
/// The set-password form as a browser holds it: the link token, the anti-forgery field and its cookie. Lets
/// a test post it in ways <see cref="ApiSession.SubmitPasswordFormAsync"/> does not (twice, without the
/// anti-forgery parts, with another token). Use it with a client that keeps no cookies of its own
/// (<see cref="NewBrowser"/>), so that the only cookie sent is the one the test chose.
/// </summary>
public sealed record PasswordForm(string Token, string AntiForgeryField, string AntiForgeryCookie)
{
    /// <summary>A client that neither follows redirects nor keeps cookies.</summary>
    public static HttpClient NewBrowser(DexApiFactory factory)
        => factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Follows an invitation link (303) and loads the form it leads to.</summary>
    public static async Task<PasswordForm> FromInvitationAsync(HttpClient browser, string invitationLink)
    {
        var accept = await browser.GetAsync(new Uri(invitationLink).PathAndQuery);
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        return await LoadAsync(browser, "/" + accept.Headers.Location!.OriginalString);
    }

    public static async Task<PasswordForm> LoadAsync(HttpClient browser, string formPath)
    {
        var response = await browser.GetAsync(formPath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"form not shown: {(int)response.StatusCode} {html}");
        Assert.Contains("id=\"resetPasswordForm\"", html);
        return FromHtml(html, response);
    }

    /// <summary>Reads the fields of a form page (also of one shown again with an error).</summary>
    public static PasswordForm FromHtml(string html, HttpResponseMessage response)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(c => c.Split(';')[0]))
            : "";
        return new PasswordForm(
            ApiSession.HiddenField(html, "token"),
            ApiSession.HiddenField(html, "__RequestVerificationToken"),
            cookie);
    }

    public async Task<HttpResponseMessage> PostAsync(
        HttpClient browser,
        string password,
        bool withField = true,
        bool withCookie = true,
        string? token = null)
    {
        var fields = new Dictionary<string, string> { ["token"] = token ?? Token, ["password"] = password };
        if (withField)
        {
            fields["__RequestVerificationToken"] = AntiForgeryField;
        }

        var post = new HttpRequestMessage(HttpMethod.Post, "/reset-password") { Content = new FormUrlEncodedContent(fields) };
        if (withCookie && AntiForgeryCookie.Length > 0)
        {
            post.Headers.Add("Cookie", AntiForgeryCookie);
        }

        return await browser.SendAsync(post);
    }
}
