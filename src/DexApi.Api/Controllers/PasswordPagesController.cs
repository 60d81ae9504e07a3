using DexApi.Api.Pages;
using DexApi.Application.Bootstrap;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Invitations.Commands.AcceptInvitation;
using DexApi.Application.Passwords.Commands.SetPassword;
using DexApi.Application.Passwords.Queries.CheckPasswordResetLink;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>The pages a user reaches from an invitation or reset link, to set a password.</summary>
public sealed class PasswordPagesController(IMediator mediator) : PageControllerBase
{
    /// <summary>Follows an invitation link: verifies the email, then leads to the set-password form.</summary>
    [HttpGet("accept-invitation")]
    public async Task<IActionResult> AcceptInvitation([FromQuery] string? token, CancellationToken cancellationToken)
    {
        try
        {
            var resetToken = await mediator.Send(new AcceptInvitationCommand(token), cancellationToken);
            return new SeeOtherResult(ResetPasswordPath(resetToken));
        }
        catch (ValidationException failure)
        {
            return Message("Invitation not accepted", failure.Description, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Shows the set-password form for a valid reset link.</summary>
    [HttpGet("reset-password")]
    public async Task<IActionResult> ResetPassword([FromQuery] string? token, CancellationToken cancellationToken)
    {
        try
        {
            var email = await mediator.Send(new CheckPasswordResetLinkQuery(token), cancellationToken);
            return View("SetPassword", new SetPasswordModel(token!, email, Error: null));
        }
        catch (ValidationException failure)
        {
            return Message("Link not valid", failure.Description, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Sets the password, then sends the user to the link's redirect URL.</summary>
    [HttpPost("reset-password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(
        [FromForm] string? token,
        [FromForm] string? password,
        CancellationToken cancellationToken)
    {
        string redirectUrl;
        try
        {
            redirectUrl = await mediator.Send(new SetPasswordCommand(token, password), cancellationToken);
        }
        catch (ValidationException failure)
        {
            // A rejected password keeps the form (the link stays good); a dead link gets a plain message.
            var email = await TryCheckLinkAsync(token, cancellationToken);
            return email is null
                ? Message("Link not valid", failure.Description, StatusCodes.Status400BadRequest)
                : FormWithError(token!, email, failure.Description);
        }

        return string.IsNullOrEmpty(redirectUrl)
            ? PasswordSet()
            : new SeeOtherResult(redirectUrl);
    }

    /// <summary>Where the default admin client's invitations lead once the password is set.</summary>
    [HttpGet(BootstrapOptions.DefaultRedirectPath)]
    public IActionResult PasswordSet()
        => Message("Password set", "Your password has been set. You can now sign in.", StatusCodes.Status200OK);

    private async Task<string?> TryCheckLinkAsync(string? token, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new CheckPasswordResetLinkQuery(token), cancellationToken);
        }
        catch (ValidationException)
        {
            return null;
        }
    }

    private ViewResult FormWithError(string token, string email, string error)
    {
        var view = View("SetPassword", new SetPasswordModel(token, email, error));
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }

    private static string ResetPasswordPath(string resetToken)
        => $"reset-password?token={Uri.EscapeDataString(resetToken)}";
}
