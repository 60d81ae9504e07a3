using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>The created user; the invitation link appears only when it was not mailed.</summary>
/// <param name="User">The user as stored.</param>
/// <param name="EmailSent">Whether the invitation went out by mail.</param>
/// <param name="ResetPasswordLink">The invitation link, present only when no mail was sent.</param>
public sealed record UserCreateResponse(
    [property: JsonPropertyName("user")] User User,
    [property: JsonPropertyName("emailSent")] bool EmailSent,
    [property: JsonPropertyName("resetPasswordLink")] string? ResetPasswordLink);
