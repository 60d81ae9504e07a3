using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace DexApi.Client;

/// <summary>
/// Signs in at the service's OAuth 2.0 token endpoint (<c>POST /token</c>), which is not part of the Dex API
/// document. The client authenticates with HTTP Basic; the access token goes into the
/// <c>Authorization: Bearer</c> header of the API clients' <see cref="HttpClient"/>.
/// </summary>
/// <param name="httpClient">
/// Its <see cref="HttpClient.BaseAddress"/> is the service, for example <c>http://127.0.0.1:5556/</c>.
/// </param>
/// <param name="clientId">The OAuth client's id.</param>
/// <param name="clientSecret">The OAuth client's secret.</param>
public sealed class DexTokenClient(HttpClient httpClient, string clientId, string clientSecret)
{
    /// <summary>The password grant: a user's token, issued to this client.</summary>
    public Task<DexTokenResponse> RequestPasswordTokenAsync(
        string username,
        string password,
        string scope = "openid email",
        CancellationToken cancellationToken = default)
        => RequestAsync(
            [new("grant_type", "password"), new("username", username), new("password", password), new("scope", scope)],
            cancellationToken);

    /// <summary>The client credentials grant: the client's own token.</summary>
    public Task<DexTokenResponse> RequestClientCredentialsTokenAsync(CancellationToken cancellationToken = default)
        => RequestAsync([new("grant_type", "client_credentials")], cancellationToken);

    /// <summary>The refresh token grant; the answer carries the next refresh token, the old one is spent.</summary>
    public Task<DexTokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
        => RequestAsync(
            [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)],
            cancellationToken);

    private async Task<DexTokenResponse> RequestAsync(
        KeyValuePair<string, string>[] form,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "token")
        {
            Content = new FormUrlEncodedContent(form),
        };
        // RFC 6749, section 2.3.1: id and secret are form-encoded before they are joined.
        var credentials = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

        using var response = await httpClient.SendAsync(request, cancellationToken);
        var token = response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<DexTokenResponse>(cancellationToken)
            : null;
        if (token is null)
        {
            // Errors have the API's shape, so DexApiException.Error is "invalid_grant", "invalid_client"...
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(header => header.Key, header => header.Value);
            throw new DexApiException("The token request was refused.", (int)response.StatusCode, body, headers, null);
        }

        return token;
    }
}
