using DexApi.Api.Authentication;
using DexApi.Api.ErrorHandling;
using DexApi.Application.Accounts.Commands.RevokeRefreshClient;
using DexApi.Application.Accounts.Queries.ListRefreshClients;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>A user's own view of the clients holding their refresh tokens; admins may act for anyone.</summary>
[ApiController]
[Authorize]
[AccountGuard]
[Route("api/v1/account/{" + AccountGuardAttribute.UserIdRouteValue + "}/refresh")]
[Produces("application/json")]
[ProducesResponseType<ErrorBody>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status403Forbidden)]
public sealed class AccountController(IMediator mediator) : ControllerBase
{
    /// <summary>List RefreshClient</summary>
    /// <remarks>List all clients that hold refresh tokens for the authenticated user.</remarks>
    /// <param name="userid">The user whose clients to list.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    [HttpGet]
    [ProducesResponseType<RefreshClientListDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RefreshClientListDto>> List(string userid, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new ListRefreshClientsQuery(userid), cancellationToken));

    /// <summary>Revoke Clients</summary>
    /// <remarks>Revoke all refresh tokens issues to the client for the authenticated user.</remarks>
    /// <param name="userid">The user whose tokens to revoke.</param>
    /// <param name="clientid">The client that holds them.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    [HttpDelete("{clientid}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Revoke(string userid, string clientid, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeRefreshClientCommand(userid, clientid), cancellationToken);
        // Dex answered 200 with an empty body, and its clients expect exactly that.
        return new StatusCodeResult(StatusCodes.Status200OK);
    }
}
