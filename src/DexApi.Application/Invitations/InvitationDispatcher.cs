using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Users;

namespace DexApi.Application.Invitations;

/// <summary>
/// Makes an invitation link for a user and delivers it, or returns it when it could not be mailed. A user
/// who already has a password but no verified email gets an email-verification link instead, since an
/// invitation would let its holder replace that password.
/// </summary>
public sealed class InvitationDispatcher(
    IActionTokenService actionTokens,
    IIssuer issuer,
    IUserMailer mailer,
    TimeProvider clock)
{
    /// <summary>How long invitation and reset links stay valid, as in Dex.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(12);

    public async Task<InvitationOutcome> DispatchAsync(
        User user,
        string clientId,
        string redirectUrl,
        CancellationToken cancellationToken)
    {
        var (purpose, path, mail) = user.PasswordHash is null
            ? (ActionPurpose.Invitation, "accept-invitation", UserEmail.Invitation)
            : (ActionPurpose.EmailVerification, "verify-email", UserEmail.EmailVerification);
        var token = actionTokens.Create(new ActionToken(
            purpose,
            user.Id,
            user.Email,
            user.PasswordVersion,
            clientId,
            redirectUrl,
            clock.GetUtcNow().Add(LinkLifetime)));
        var link = $"{issuer.Url}/{path}?token={Uri.EscapeDataString(token)}";

        var sent = await mailer.TrySendAsync(mail, user, link, cancellationToken);
        return sent ? new InvitationOutcome(true, null) : new InvitationOutcome(false, link);
    }
}

/// <summary>Whether the invitation was mailed, and the link when it was not.</summary>
public sealed record InvitationOutcome(bool EmailSent, string? ResetPasswordLink);
