namespace DexApi.Application.Common.Abstractions;

/// <summary>
/// Signed, expiring tokens for links sent to users (invitations, password resets). They are of a kind
/// that no other endpoint accepts: they are never valid bearer tokens.
/// </summary>
public interface IActionTokenService
{
    string Create(ActionToken token);

    /// <summary>Returns null when the token is malformed, forged, expired or of another purpose.</summary>
    Task<ActionToken?> ReadAsync(string token, ActionPurpose purpose);
}

/// <summary>What an action link lets its holder do.</summary>
public enum ActionPurpose
{
    /// <summary>Verifies the email and leads to setting the first password.</summary>
    Invitation,

    /// <summary>Sets a new password.</summary>
    PasswordReset,

    /// <summary>Proves the email is the user's.</summary>
    EmailVerification,
}

/// <summary>The contents of an action link.</summary>
/// <param name="Purpose">What the link is for.</param>
/// <param name="UserId">The user the link was issued to.</param>
/// <param name="Email">The email the link was sent to; the link dies if the user's email changes.</param>
/// <param name="PasswordVersion">The user's password version when issued; setting a password kills the link.</param>
/// <param name="ClientId">The client on whose behalf the link was issued.</param>
/// <param name="RedirectUrl">Where the user goes after setting the password; may be empty.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record ActionToken(
    ActionPurpose Purpose,
    string UserId,
    string Email,
    int PasswordVersion,
    string ClientId,
    string RedirectUrl,
    DateTimeOffset ExpiresAt);
