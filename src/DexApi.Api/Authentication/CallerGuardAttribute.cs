using DexApi.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DexApi.Api.Authentication;

/// <summary>
/// Applies a <see cref="CallerGuard"/> as an authorization filter, so that a caller without the right is
/// refused before the body is read or validated, in the order Dex checked.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CallerGuardAttribute : TypeFilterAttribute
{
    /// <summary>The route value that names the account on <see cref="CallerGuard.Account"/> routes.</summary>
    public const string UserIdRouteValue = "userid";

    public CallerGuardAttribute(CallerGuard guard)
        : base(typeof(CallerGuardFilter)) => Arguments = [guard];

    private sealed class CallerGuardFilter(CallerGuard guard, CallerAuthorizer authorizer) : IAsyncAuthorizationFilter
    {
        public Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var cancellationToken = context.HttpContext.RequestAborted;
            return guard switch
            {
                CallerGuard.Admin => authorizer.AuthorizeAdminAsync(cancellationToken),
                CallerGuard.ClientAdministration => authorizer.AuthorizeClientAdministrationAsync(cancellationToken),
                _ => authorizer.AuthorizeAccountAsync(
                    context.RouteData.Values[UserIdRouteValue] as string ?? "",
                    cancellationToken),
            };
        }
    }
}
