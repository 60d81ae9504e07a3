using DexApi.Api.Pages;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.EmailVerification.Commands.VerifyEmail;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>Where an email-verification link leads.</summary>
public sealed class EmailVerificationController(IMediator mediator) : PageControllerBase
{
    /// <summary>Marks the address verified, then goes to the link's redirect URL or says it is done.</summary>
    [HttpGet("verify-email")]
    public async Task<IActionResult> Verify([FromQuery] string? token, CancellationToken cancellationToken)
    {
        try
        {
            var redirectUrl = await mediator.Send(new VerifyEmailCommand(token), cancellationToken);
            return string.IsNullOrEmpty(redirectUrl)
                ? Message("Email verified", "Thank you: your email address is verified.", StatusCodes.Status200OK)
                : new SeeOtherResult(redirectUrl);
        }
        catch (ValidationException failure)
        {
            return Message("Email not verified", failure.Description, StatusCodes.Status400BadRequest);
        }
    }
}
