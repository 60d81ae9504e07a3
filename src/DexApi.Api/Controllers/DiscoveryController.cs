using DexApi.Application.Discovery.Queries.GetDiscoveryDocument;
using DexApi.Application.Discovery.Queries.GetKeySet;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DexApi.Api.Controllers;

/// <summary>OpenID Connect discovery and the keys that verify the service's tokens.</summary>
[ApiController]
[Produces("application/json")]
public sealed class DiscoveryController(IMediator mediator) : ControllerBase
{
    /// <summary>OpenID Connect discovery document.</summary>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    [HttpGet(".well-known/openid-configuration")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Any)]
    [ProducesResponseType<DiscoveryDocumentDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DiscoveryDocumentDto>> GetConfiguration(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetDiscoveryDocumentQuery(), cancellationToken));

    /// <summary>The JSON Web Key Set that verifies tokens, signing key first.</summary>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    [HttpGet("keys")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
    [ProducesResponseType<KeySetDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<KeySetDto>> GetKeys(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetKeySetQuery(), cancellationToken));
}
