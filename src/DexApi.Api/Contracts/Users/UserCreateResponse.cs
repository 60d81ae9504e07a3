using System.Text.Json.Serialization;
using DexApi.Application.Users;

namespace DexApi.Api.Contracts.Users;

/// <summary>The created user; the invitation link appears only when it was not mailed.</summary>
public sealed record UserCreateResponse(
    [property: JsonPropertyName("user")] UserDto User,
    [property: JsonPropertyName("emailSent")] bool EmailSent,
    [property: JsonPropertyName("resetPasswordLink")] string? ResetPasswordLink);
