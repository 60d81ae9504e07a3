using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>Whether the invitation was mailed; the link appears only when it was not.</summary>
/// <param name="EmailSent">Whether the invitation went out by mail.</param>
/// <param name="ResetPasswordLink">The invitation link, present only when no mail was sent.</param>
public sealed record ResendEmailInvitationResponse(
    [property: JsonPropertyName("emailSent")] bool EmailSent,
    [property: JsonPropertyName("resetPasswordLink")] string? ResetPasswordLink);
