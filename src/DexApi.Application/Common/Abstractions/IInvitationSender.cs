using DexApi.Domain.Users;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Delivers invitation links to users.</summary>
public interface IInvitationSender
{
    /// <summary>
    /// Returns true when the invitation went out. False means it did not (no mail server configured, or
    /// sending failed); the caller then hands the link to the admin instead.
    /// </summary>
    Task<bool> TrySendAsync(User user, string link, CancellationToken cancellationToken);
}
