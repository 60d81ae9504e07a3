using System.Net.Http.Headers;
using DexApi.Api.FunctionalTests.Compatibility.Original;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Compatibility;

/// <summary>
/// The classes NSwag generated from the original Dex API description (see the test project file), set up
/// as their users did: the description's base path under the service's address, the token in a header.
/// </summary>
public static class OriginalClients
{
    public const string BaseUrl = "http://localhost/api/v1";

    public static UsersClient Users(DexApiFactory factory, string token) => new(BaseUrl, Http(factory, token));

    public static ClientsClient Clients(DexApiFactory factory, string token) => new(BaseUrl, Http(factory, token));

    public static RefreshClientClient RefreshClients(DexApiFactory factory, string token)
        => new(BaseUrl, Http(factory, token));

    private static HttpClient Http(DexApiFactory factory, string token)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
