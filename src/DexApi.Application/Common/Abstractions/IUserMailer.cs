using DexApi.Domain.Users;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Mails users the links that act on their account.</summary>
public interface IUserMailer
{
    /// <summary>False when no mail server is configured: nothing can be mailed at all.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Returns true when the mail went out. False means it did not (no mail server configured, or sending
    /// failed or timed out); callers that can, hand the link to the admin instead.
    /// </summary>
    Task<bool> TrySendAsync(UserEmail kind, User user, string link, CancellationToken cancellationToken);

    /// <summary>
    /// Sends without waiting, for pages whose answer must take the same time whether or not a mail goes
    /// out (so that timing does not reveal which accounts exist). Failures are logged.
    /// </summary>
    void SendInBackground(UserEmail kind, User user, string link);
}

/// <summary>The mails the service sends.</summary>
public enum UserEmail
{
    /// <summary>Welcome; set a password.</summary>
    Invitation,

    /// <summary>Set a new password.</summary>
    PasswordReset,

    /// <summary>Confirm the address is yours.</summary>
    EmailVerification,
}
