using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Ceiling;

/// <summary>Answers <c>GET /api/v1/users/{id}</c> with one user held in memory.</summary>
[ApiController]
[Route("api/v1/users")]
public sealed class UsersController : ControllerBase
{
    private static readonly User Stored = new(
        "4b0b5a8e-0c1e-4bb7-9f7e-3f3f9e0b8a11",
        "u0000500@bench.test",
        "Bench User 500",
        false,
        false,
        false,
        "2026-01-01T00:00:00Z");

    /// <summary>The stored user under whatever id was asked for.</summary>
    /// <param name="id">The user's id.</param>
    /// <returns>The user, as DexApi writes it.</returns>
    [HttpGet("{id}")]
    public ActionResult<UserResponse> GetById(string id) => Ok(new UserResponse(Stored with { Id = id }));
}

/// <summary>A user, with DexApi's field names.</summary>
public sealed record User(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("displayName")] string DisplayName,
    [property: JsonPropertyName("emailVerified")] bool EmailVerified,
    [property: JsonPropertyName("admin")] bool Admin,
    [property: JsonPropertyName("disabled")] bool Disabled,
    [property: JsonPropertyName("createdAt")] string CreatedAt);

/// <summary>One user.</summary>
public sealed record UserResponse([property: JsonPropertyName("user")] User User);
