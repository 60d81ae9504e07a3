using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Users;

namespace DexApi.Application.Invitations;

/// <summary>Makes an invitation link for a user and delivers it, or returns it when it could not be mailed.</summary>
public sealed class InvitationDispatcher(
    IActionTokenService actionTokens,
    IIssuer issuer,
    IInvitationSender sender,
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
        var token = actionTokens.Create(new ActionToken(
            ActionPurpose.Invitation,
            user.Id,
            user.Email,
            user.PasswordVersion,
            clientId,
            redirectUrl,
            clock.GetUtcNow().Add(LinkLifetime)));
        var link = $"{issuer.Url}/accept-invitation?token={Uri.EscapeDataString(token)}";

        var sent = await sender.TrySendAsync(user, link, cancellationToken);
        return sent ? new InvitationOutcome(true, null) : new InvitationOutcome(false, link);
    }
}

/// <summary>Whether the invitation was mailed, and the link when it was not.</summary>
public sealed record InvitationOutcome(bool EmailSent, string? ResetPasswordLink);
