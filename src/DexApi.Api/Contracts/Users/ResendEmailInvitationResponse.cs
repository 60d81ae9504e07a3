using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Whether the invitation was mailed; the link appears only when it was not.</summary>
public sealed record ResendEmailInvitationResponse(
    [property: JsonPropertyName("emailSent")] bool EmailSent,
    [property: JsonPropertyName("resetPasswordLink")] string? ResetPasswordLink);
