namespace DexApi.Api.Contracts.Users;

/// <summary>Where the new invitation leads: one of the calling client's redirect URIs.</summary>
public sealed record ResendEmailInvitationRequest(string? RedirectURL);
