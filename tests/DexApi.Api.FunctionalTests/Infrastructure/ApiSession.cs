using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DexApi.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
// The namespace DexApi.Client (the typed client) hides the entity's simple name in DexApi.* namespaces.
using StoredClient = DexApi.Domain.Clients.Client;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>What most tests do through HTTP: get tokens, create users, follow links, seed clients.</summary>
public sealed class ApiSession(DexApiFactory factory)
{
    public HttpClient Client { get; } = factory.CreateClient(new() { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> RequestTokenAsync(params (string Name, string Value)[] form)
        => await Client.PostAsync("/token", new FormUrlEncodedContent(
            form.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));

    /// <summary>A password-grant token of <paramref name="email"/> issued to <paramref name="clientId"/>.</summary>
    public async Task<string> PasswordTokenAsync(
        string email = DexApiFactory.AdminEmail,
        string password = DexApiFactory.AdminPassword,
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret)
    {
        var response = await RequestTokenAsync(
            ("grant_type", "password"),
            ("username", email),
            ("password", password),
            ("client_id", clientId),
            ("client_secret", clientSecret));
        return await ReadAccessTokenAsync(response);
    }

    public async Task<string> ClientCredentialsTokenAsync(
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret)
    {
        var response = await RequestTokenAsync(
            ("grant_type", "client_credentials"),
            ("client_id", clientId),
            ("client_secret", clientSecret));
        return await ReadAccessTokenAsync(response);
    }

    public HttpRequestMessage Authorized(HttpMethod method, string path, string token, object? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? json = null)
        => await Client.SendAsync(Authorized(method, path, token, json));

    /// <summary>Creates a user through the API as the admin and returns the response body.</summary>
    public async Task<JsonElement> CreateUserAsync(string adminToken, string email, bool admin = false, bool emailVerified = false)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/users", adminToken, new
        {
            user = new { email, displayName = email.Split('@')[0], admin, emailVerified },
            redirectURL = DexApiFactory.AdminRedirectUri,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Follows an invitation link as a browser would: accept, load the form (keeping its anti-forgery
    /// cookie), post the password. Returns the final response.
    /// </summary>
    public async Task<HttpResponseMessage> AcceptInvitationAsync(string link, string password)
    {
        var accept = await Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.SeeOther, accept.StatusCode);
        var formPath = "/" + accept.Headers.Location!.OriginalString;
        return await SubmitPasswordFormAsync(formPath, password);
    }

    public async Task<HttpResponseMessage> SubmitPasswordFormAsync(string formPath, string password)
    {
        var form = await Client.GetAsync(formPath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        var post = new HttpRequestMessage(HttpMethod.Post, "/reset-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
                ["token"] = HiddenField(html, "token"),
                ["password"] = password,
            }),
        };
        // The client keeps cookies: once it holds the anti-forgery cookie, later forms set none and the
        // client sends the one it has.
        if (form.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            post.Headers.Add("Cookie", string.Join("; ", setCookies.Select(c => c.Split(';')[0])));
        }

        return await Client.SendAsync(post);
    }

    /// <summary>Adds a client straight to the store (the clients API is not needed for that).</summary>
    public async Task SeedClientAsync(string id, string secret, bool admin, params string[] redirectUris)
    {
        using var scope = factory.Services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<ISecretHasher>();
        await scope.ServiceProvider.GetRequiredService<IClientRepository>().AddAsync(new StoredClient
        {
            Id = id,
            SecretDigest = hasher.Digest(secret),
            RedirectUris = redirectUris,
            Admin = admin,
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
    }

    public static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        Assert.True(match.Success, $"hidden field {name} not found");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static async Task<string> ReadAccessTokenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
