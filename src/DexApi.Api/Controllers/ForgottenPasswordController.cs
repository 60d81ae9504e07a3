using DexApi.Api.Pages;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Passwords.Commands.RequestPasswordReset;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>The page where a user who forgot their password asks for a reset link by mail.</summary>
[Route("send-reset-password")]
public sealed class ForgottenPasswordController(IMediator mediator) : PageControllerBase
{
    private const string SentText =
        "If an account exists for that address, a link to reset its password is on its way. It works for 12 hours.";

    /// <summary>Shows the form. <c>client_id</c> and <c>redirect_uri</c> say where to go afterwards.</summary>
    [HttpGet]
    public IActionResult Form([FromQuery(Name = "client_id")] string? clientId, [FromQuery(Name = "redirect_uri")] string? redirectUri)
        => View("ForgottenPassword", new ForgottenPasswordModel(clientId, redirectUri, Error: null));

    /// <summary>Answers the same whether or not the account exists; mails the link only to real, enabled users.</summary>
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Send(
        [FromForm] string? email,
        [FromForm(Name = "client_id")] string? clientId,
        [FromForm(Name = "redirect_uri")] string? redirectUri,
        CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RequestPasswordResetCommand(email, ClientIp, clientId, redirectUri), cancellationToken);
            return Message("Check your email", SentText, StatusCodes.Status200OK);
        }
        catch (TooManyRequestsException failure)
        {
            return Message("Please wait", failure.Description, StatusCodes.Status429TooManyRequests);
        }
        catch (ValidationException failure)
        {
            var view = View("ForgottenPassword", new ForgottenPasswordModel(clientId, redirectUri, failure.Description));
            view.StatusCode = StatusCodes.Status400BadRequest;
            return view;
        }
    }
}
