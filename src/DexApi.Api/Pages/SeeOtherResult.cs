using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Pages;

/// <summary>Answers 303 See Other, so that the browser follows with a GET whatever the method was.</summary>
public sealed class SeeOtherResult(string url) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = url;
        return Task.CompletedTask;
    }
}
