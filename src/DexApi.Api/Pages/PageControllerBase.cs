using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Pages;

/// <summary>Server-rendered pages for people: not part of the API document, with protective headers.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[PageSecurityHeaders]
public abstract class PageControllerBase : Controller
{
    protected ViewResult Message(string title, string text, int statusCode)
    {
        var view = View("Message", new MessageModel(title, text));
        view.StatusCode = statusCode;
        return view;
    }

    /// <summary>The address the request came from; the server sees the proxy's when one is in front.</summary>
    protected string ClientIp => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
