using System.Text.Json.Serialization;
using DexApi.Application.Users;

namespace DexApi.Api.Contracts.Users;

/// <summary>A user. Answers carry every field; a create request's id and createdAt are ignored.</summary>
/// <param name="Id">Server-assigned id, a lower-case UUID.</param>
/// <param name="Email">A single bare email address, lower-cased as stored.</param>
/// <param name="DisplayName">The name to show; may be empty.</param>
/// <param name="EmailVerified">Whether the user proved the email is theirs.</param>
/// <param name="Admin">Whether the user may call the user-management API.</param>
/// <param name="Disabled">Disabled users can neither sign in nor use their tokens.</param>
/// <param name="CreatedAt">RFC 3339, UTC, whole seconds, for example <c>2016-06-14T17:04:05Z</c>.</param>
public sealed record User(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("displayName")] string DisplayName,
    [property: JsonPropertyName("emailVerified")] bool EmailVerified,
    [property: JsonPropertyName("admin")] bool Admin,
    [property: JsonPropertyName("disabled")] bool Disabled,
    [property: JsonPropertyName("createdAt")] string CreatedAt)
{
    public static User From(UserDto user) => new(
        user.Id,
        user.Email,
        user.DisplayName,
        user.EmailVerified,
        user.Admin,
        user.Disabled,
        user.CreatedAt);
}
