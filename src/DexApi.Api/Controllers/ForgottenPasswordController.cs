using DexApi.Api.Pages;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Passwords.Commands.RequestPasswordReset;
using DexApi.Application.Passwords.Queries.IsPasswordResetByMailAvailable;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>The page where a user who forgot their password asks for a reset link by mail.</summary>
// Limitation: with no mail server there is no way to reset a forgotten password; the API has no call for it.
[Route("send-reset-password")]
public sealed class ForgottenPasswordController(IMediator mediator) : PageControllerBase
{
    private const string SentText =
        "If an account exists for that address, a link to reset its password is on its way. It works for 12 hours.";

    private const string UnavailableText =
        "This server cannot send mail, so passwords cannot be reset by email here. Please ask your administrator.";

    /// <summary>Shows the form. <c>client_id</c> and <c>redirect_uri</c> say where to go afterwards.</summary>
    [HttpGet]
    public async Task<IActionResult> Form(
        [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri,
        CancellationToken cancellationToken)
        => await mediator.Send(new IsPasswordResetByMailAvailableQuery(), cancellationToken)
            ? View("ForgottenPassword", new ForgottenPasswordModel(clientId, redirectUri, Error: null))
            : Unavailable();

    /// <summary>Answers the same whether or not the account exists; mails the link only to real, enabled users.</summary>
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Send(
        [FromForm] string? email,
        [FromForm(Name = "client_id")] string? clientId,
        [FromForm(Name = "redirect_uri")] string? redirectUri,
        CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new IsPasswordResetByMailAvailableQuery(), cancellationToken))
        {
            return Unavailable();
        }

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

    private ViewResult Unavailable()
        => Message("Password reset unavailable", UnavailableText, StatusCodes.Status503ServiceUnavailable);
}
