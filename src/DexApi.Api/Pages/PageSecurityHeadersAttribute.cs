using Microsoft.AspNetCore.Mvc.Filters;

namespace DexApi.Api.Pages;

/// <summary>
/// Headers for pages whose URL carries a secret token: nothing is cached, no referrer leaks the token,
/// and no other site may frame the form.
/// </summary>
/// <remarks>It runs for every result, also one that a refused anti-forgery check produced.</remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PageSecurityHeadersAttribute : Attribute, IAlwaysRunResultFilter
{
    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self' http: https:";
        headers.XContentTypeOptions = "nosniff";
    }
}
