using DexApi.Api.Authentication;
using DexApi.Api.Contracts.Users;
using DexApi.Api.ErrorHandling;
using DexApi.Application.Users.Commands.CreateUser;
using DexApi.Application.Users.Commands.DisableUser;
using DexApi.Application.Users.Commands.ResendInvitation;
using DexApi.Application.Users.Queries.GetUserById;
using DexApi.Application.Users.Queries.ListUsers;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NJsonSchema.Annotations;
using NSwag.Annotations;
// ControllerBase.User (the caller) hides the contract's name inside a controller.
using UserContract = DexApi.Api.Contracts.Users.User;

namespace DexApi.Api.Controllers;

/// <summary>User management, for admin users signed in through an admin client.</summary>
[ApiController]
[Authorize]
[CallerGuard(CallerGuard.Admin)]
[Route("api/v1/users")]
[Produces("application/json")]
[ProducesResponseType<ErrorBody>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status500InternalServerError)]
[ProducesResponseType<ErrorBody>(StatusCodes.Status503ServiceUnavailable)]
public sealed class UsersController(IMediator mediator) : ControllerBase
{
    /// <summary>List Users</summary>
    /// <remarks>Retrieve a page of User objects.</remarks>
    /// <param name="maxResults">Users per page, 1 to 100; 20 when absent.</param>
    /// <param name="nextPageToken">The token of the previous page.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">A page of users by email, with the next page's token unless it is the last.</response>
    [HttpGet]
    [OpenApiOperation("Users_List")]
    [ProducesResponseType<UsersResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<UsersResponse>> List(
        // Note: bound as text so that a non-integer is the API's 400, not a model-binding error.
        [FromQuery, JsonSchemaType(typeof(int?))] string? maxResults,
        [FromQuery] string? nextPageToken,
        CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new ListUsersQuery(maxResults, nextPageToken), cancellationToken);
        return Ok(new UsersResponse(page.Users.Select(UserContract.From).ToList(), page.NextPageToken));
    }

    /// <summary>Get Users</summary>
    /// <remarks>Get a single User object by id.</remarks>
    /// <param name="id">The user's id.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">The user.</response>
    [HttpGet("{id}")]
    [OpenApiOperation("Users_Get")]
    [ProducesResponseType<UserResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<UserResponse>> GetById(string id, CancellationToken cancellationToken)
    {
        var user = await mediator.Send(new GetUserByIdQuery(id), cancellationToken);
        return Ok(new UserResponse(UserContract.From(user)));
    }

    /// <summary>Create Users</summary>
    /// <remarks>Create a new User.</remarks>
    /// <param name="request">The user and the invitation's redirect URL.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">The user, invited by mail or, when no mail was sent, by the returned link.</response>
    [HttpPost]
    [OpenApiOperation("Users_Create")]
    [ProducesResponseType<UserCreateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<UserCreateResponse>> Create(
        [FromBody] UserCreateRequest request,
        CancellationToken cancellationToken)
    {
        // Note: the contract types the user as present, but a body may leave it out; the handler refuses that.
        var user = request.User is null
            ? null
            : new NewUser(
                request.User.Email,
                request.User.DisplayName,
                request.User.EmailVerified,
                request.User.Admin,
                request.User.Disabled);
        var created = await mediator.Send(new CreateUserCommand(user, request.RedirectURL), cancellationToken);
        return Ok(new UserCreateResponse(
            UserContract.From(created.User),
            created.EmailSent,
            created.ResetPasswordLink));
    }

    /// <summary>Disable Users</summary>
    /// <remarks>Enable or disable a user.</remarks>
    /// <param name="id">The user's id.</param>
    /// <param name="request">Whether to disable (true) or enable (false or missing).</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">Always <c>{"ok": true}</c>.</response>
    [HttpPost("{id}/disable")]
    [OpenApiOperation("Users_Disable")]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status415UnsupportedMediaType)]
    [ProducesResponseType<UserDisableResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<UserDisableResponse>> Disable(
        string id,
        [FromBody] UserDisableRequest request,
        CancellationToken cancellationToken)
    {
        await mediator.Send(new DisableUserCommand(id, request.Disable), cancellationToken);
        return Ok(new UserDisableResponse(true));
    }

    /// <summary>ResendEmailInvitation Users</summary>
    /// <remarks>Resend invitation email to an existing user with unverified email.</remarks>
    /// <param name="id">The user's id.</param>
    /// <param name="request">Where the invitation leads.</param>
    /// <param name="cancellationToken">Aborts when the caller goes away.</param>
    /// <response code="200">Whether the invitation was mailed; the link when it was not.</response>
    [HttpPost("{id}/resend-invitation")]
    [OpenApiOperation("Users_ResendEmailInvitation")]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status415UnsupportedMediaType)]
    [ProducesResponseType<ResendEmailInvitationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorBody>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ResendEmailInvitationResponse>> ResendInvitation(
        string id,
        [FromBody] ResendEmailInvitationRequest request,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ResendInvitationCommand(id, request.RedirectURL), cancellationToken);
        return Ok(new ResendEmailInvitationResponse(result.EmailSent, result.ResetPasswordLink));
    }
}
