using System.Net;

namespace DexApi.Api.FunctionalTests.Authentication;

/// <summary>Checks of the Dex error shape: status, exact body, JSON content type and, for 401, the challenge.</summary>
public static class GuardAssert
{
    public const string UnauthorizedBody =
        """{"error":"unauthorized","error_description":"Necessary credentials not provided."}""";

    public const string ForbiddenBody =
        """{"error":"forbidden","error_description":"The given user and client are not authorized to make this request."}""";

    /// <summary>401 <c>unauthorized</c> with <c>WWW-Authenticate: Bearer</c>.</summary>
    public static async Task UnauthorizedAsync(HttpResponseMessage response)
    {
        await ErrorAsync(response, HttpStatusCode.Unauthorized, UnauthorizedBody);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
    }

    /// <summary>403 <c>forbidden</c>.</summary>
    public static async Task ForbiddenAsync(HttpResponseMessage response)
        => await ErrorAsync(response, HttpStatusCode.Forbidden, ForbiddenBody);

    /// <summary>The status and the body, byte for byte, compared together so that a failure shows both.</summary>
    public static async Task ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string body)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.Equal((status, body), (response.StatusCode, actual));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A refusal by the admin guard: 401 or 403 with its body.</summary>
    public static async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
                await UnauthorizedAsync(response);
                break;
            case HttpStatusCode.Forbidden:
                await ForbiddenAsync(response);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "only 401 and 403 are refusals");
        }
    }
}
