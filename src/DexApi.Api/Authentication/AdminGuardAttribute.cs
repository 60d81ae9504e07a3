using DexApi.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DexApi.Api.Authentication;

/// <summary>
/// Admin routes: the token's user and client must both be admins. Runs as an authorization filter, so a
/// caller without the right is refused before the body is read or validated.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminGuardAttribute() : TypeFilterAttribute(typeof(AdminGuardFilter))
{
    private sealed class AdminGuardFilter(CallerAuthorizer authorizer) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
            => await authorizer.AuthorizeAdminAsync(context.HttpContext.RequestAborted);
    }
}
