using DexApi.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DexApi.Api.Authentication;

/// <summary>
/// Account routes: the caller is the account's owner (the <c>userid</c> route value) or an admin user,
/// with a token from any registered client.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AccountGuardAttribute() : TypeFilterAttribute(typeof(AccountGuardFilter))
{
    public const string UserIdRouteValue = "userid";

    private sealed class AccountGuardFilter(CallerAuthorizer authorizer) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var userId = context.RouteData.Values[UserIdRouteValue] as string ?? "";
            await authorizer.AuthorizeAccountAsync(userId, context.HttpContext.RequestAborted);
        }
    }
}
