using DexApi.Api.Authentication;
using DexApi.Api.Contracts.Clients;
using DexApi.Api.ErrorHandling;
using DexApi.Application.Clients.Commands.CreateClient;
using DexApi.Application.Clients.Queries.ListClients;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NJsonSchema.Annotations;
using NSwag.Annotations;

namespace DexApi.Api.Controllers;

/// <summary>Client registration, for admin clients and admin users of admin clients.</summary>
[ApiController]
[Authorize]
[CallerGuard(CallerGuard.ClientAdministration)]
[Route("api/v1/clients")]
[Produces("application/json")]
[ProducesResponseType<ErrorBody>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status500InternalServerError)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status503ServiceUnavailable)]
public sealed class ClientsController(IMediator mediator) : ControllerBase
{
    /// <summary>List Clients</summary>
    /// <remarks>Retrieve a page of Client objects.</remarks>
    /// <param name="maxResults">Clients per page, 1 to 100; 20 when absent.</param>
    /// <param name="nextPageToken">The token of the previous page.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">A page of clients by id, no secrets; the next page's token unless it is last.</response>
    [HttpGet]
    [OpenApiOperation("Clients_List")]
    [ProducesResponseType<ClientPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ClientPage>> List(
        // Note: bound as text so that a non-integer is the API's 400, not a model-binding error.
        [FromQuery, JsonSchemaType(typeof(int?))] string? maxResults,
        [FromQuery] string? nextPageToken,
        CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new ListClientsQuery(maxResults, nextPageToken), cancellationToken);
        return Ok(new ClientPage(page.Clients.Select(Client.From).ToList(), page.NextPageToken));
    }

    /// <summary>Create Clients</summary>
    /// <remarks>Register a new Client.</remarks>
    /// <param name="request">The client's redirect URIs; a supplied id is ignored.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">The client and its secret, which is in this answer only.</response>
    [HttpPost]
    [OpenApiOperation("Clients_Create")]
    [ProducesResponseType<ClientWithSecret>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<ClientWithSecret>> Create(
        [FromBody] Client request,
        CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new CreateClientCommand(request.RedirectURIs), cancellationToken);
        Response.Headers.Location = $"{Request.PathBase}{Request.Path}/{Uri.EscapeDataString(created.Id)}";
        Response.Headers.CacheControl = "no-store";
        return Ok(ClientWithSecret.From(created));
    }
}
