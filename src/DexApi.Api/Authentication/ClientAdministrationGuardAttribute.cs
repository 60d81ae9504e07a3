using DexApi.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DexApi.Api.Authentication;

/// <summary>
/// Client management: an admin client's own token, or an admin user's token from an admin client. Runs
/// as an authorization filter, so a caller without the right is refused before the body is read.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ClientAdministrationGuardAttribute() : TypeFilterAttribute(typeof(ClientAdministrationGuardFilter))
{
    private sealed class ClientAdministrationGuardFilter(CallerAuthorizer authorizer) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
            => await authorizer.AuthorizeClientAdministrationAsync(context.HttpContext.RequestAborted);
    }
}
