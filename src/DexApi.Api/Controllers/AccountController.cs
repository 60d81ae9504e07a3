using DexApi.Api.Authentication;
using DexApi.Api.Contracts.Accounts;
using DexApi.Api.ErrorHandling;
using DexApi.Application.Accounts.Commands.RevokeRefreshClient;
using DexApi.Application.Accounts.Queries.ListRefreshClients;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;

namespace DexApi.Api.Controllers;

/// <summary>A user's own view of the clients holding their refresh tokens; admins may act for anyone.</summary>
[ApiController]
[Authorize]
[CallerGuard(CallerGuard.Account)]
[Route("api/v1/account/{" + CallerGuardAttribute.UserIdRouteValue + "}/refresh")]
[Produces("application/json")]
[ProducesResponseType<ErrorBody>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status500InternalServerError)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status503ServiceUnavailable)]
public sealed class AccountController(IMediator mediator) : ControllerBase
{
    /// <summary>List RefreshClient</summary>
    /// <remarks>List all clients that hold refresh tokens for the authenticated user.</remarks>
    /// <param name="userid">The user whose clients to list.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">The clients, each once, in client-id order; an empty list when there are none.</response>
    [HttpGet]
    [OpenApiOperation("RefreshClient_List")]
    [ProducesResponseType<RefreshClientList>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RefreshClientList>> List(string userid, CancellationToken cancellationToken)
    {
        var list = await mediator.Send(new ListRefreshClientsQuery(userid), cancellationToken);
        return Ok(new RefreshClientList(list.Clients.Select(RefreshClient.From).ToList()));
    }

    /// <summary>Revoke Clients</summary>
    /// <remarks>Revoke all refresh tokens issues to the client for the authenticated user.</remarks>
    /// <param name="userid">The user whose tokens to revoke.</param>
    /// <param name="clientid">The client that holds them.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">An empty body, also when the client held no tokens.</response>
    [HttpDelete("{clientid}")]
    [OpenApiOperation("RefreshClient_Revoke")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Revoke(string userid, string clientid, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeRefreshClientCommand(userid, clientid), cancellationToken);
        // Dex answered 200 with an empty body, and its clients expect exactly that.
        return new StatusCodeResult(StatusCodes.Status200OK);
    }
}
