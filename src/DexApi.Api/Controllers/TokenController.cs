using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DexApi.Api.Contracts;
using DexApi.Api.ErrorHandling;
using DexApi.Application;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens.Commands.IssueToken;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>The OAuth 2.0 token endpoint (RFC 6749, section 3.2).</summary>
[ApiController]
[Route("token")]
[Produces("application/json")]
public sealed class TokenController(IMediator mediator) : ControllerBase
{
    /// <summary>Issues tokens for the <c>password</c>, <c>client_credentials</c> and <c>refresh_token</c> grants.</summary>
    /// <remarks>
    /// Form-encoded. The client authenticates with HTTP Basic or with <c>client_id</c> and
    /// <c>client_secret</c> in the form, not both.
    /// </remarks>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    [HttpPost]
    [ProducesResponseType<TokenResponseBody>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<TokenResponseBody>> Issue(CancellationToken cancellationToken)
    {
        if (!Request.HasFormContentType)
        {
            throw new OAuthException(ErrorCodes.InvalidRequest, "the request must be form-encoded");
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var command = new IssueTokenCommand(
            form["grant_type"],
            ReadClientCredentials(form),
            form["username"],
            form["password"],
            form["scope"],
            form["refresh_token"]);
        var issued = await mediator.Send(command, cancellationToken);

        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        return Ok(new TokenResponseBody(
            issued.AccessToken,
            issued.IdToken,
            issued.TokenType,
            issued.ExpiresIn,
            issued.RefreshToken));
    }

    /// <summary>
    /// Takes the client's credentials from the Basic header (URL-decoded, as RFC 6749 section 2.3.1 asks)
    /// or from the form. Using both methods at once is refused.
    /// </summary>
    private ClientCredentials? ReadClientCredentials(IFormCollection form)
    {
        var formId = form["client_id"].ToString();
        var formSecret = form["client_secret"].ToString();
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return formId.Length > 0 ? new ClientCredentials(formId, formSecret) : null;
        }

        if (formSecret.Length > 0)
        {
            throw new OAuthException(ErrorCodes.InvalidRequest, "use one client authentication method, not two");
        }

        var decoded = TryDecodeBasic(header.Parameter);
        return decoded ?? throw new OAuthException(ErrorCodes.InvalidClient, "client authentication failed", clientAuthenticationFailed: true);
    }

    private static ClientCredentials? TryDecodeBasic(string? parameter)
    {
        Span<byte> buffer = stackalloc byte[1024];
        if (string.IsNullOrEmpty(parameter)
            || !Convert.TryFromBase64String(parameter, buffer, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        // Form-urlencoded (RFC 6749, appendix B), so '+' is a space: Uri.UnescapeDataString would keep the '+'.
        return colon <= 0
            ? null
            : new ClientCredentials(WebUtility.UrlDecode(text[..colon]), WebUtility.UrlDecode(text[(colon + 1)..]));
    }
}
