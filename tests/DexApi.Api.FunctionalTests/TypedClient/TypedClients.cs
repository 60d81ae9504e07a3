using System.Net.Http.Headers;
using DexApi.Api.FunctionalTests.Infrastructure;
using DexApi.Client;

namespace DexApi.Api.FunctionalTests.TypedClient;

/// <summary>DexApi.Client's classes on the test server, as a program would set them up.</summary>
public static class TypedClients
{
    /// <summary>An <see cref="HttpClient"/> for the service, sending <paramref name="token"/> when given.</summary>
    public static HttpClient Http(DexApiFactory factory, string? token = null)
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public static DexTokenClient Tokens(
        DexApiFactory factory,
        string clientId = DexApiFactory.AdminClientId,
        string clientSecret = DexApiFactory.AdminClientSecret)
        => new(Http(factory), clientId, clientSecret);

    public static UsersClient Users(DexApiFactory factory, string token) => new(Http(factory, token));

    public static ClientsClient Clients(DexApiFactory factory, string token) => new(Http(factory, token));

    public static RefreshClientClient RefreshClients(DexApiFactory factory, string token) => new(Http(factory, token));

    /// <summary>Creates a user through the typed client, invited to the admin client's first redirect URI.</summary>
    public static Task<UserCreateResponse> CreateUserAsync(
        this UsersClient users,
        string email,
        string displayName = "")
        => users.CreateAsync(new UserCreateRequest
        {
            User = new User { Email = email, DisplayName = displayName },
            RedirectURL = DexApiFactory.AdminRedirectUri,
        });
}
