using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Users;

namespace DexApi.Infrastructure.Email;

/// <summary>Used while no mail server is configured: nothing is sent, so the API hands the link to the admin.</summary>
// Limitation: there is no SMTP sender yet, so every invitation link goes back to the admin who asked.
public sealed class LinkOnlyInvitationSender : IInvitationSender
{
    public Task<bool> TrySendAsync(User user, string link, CancellationToken cancellationToken) => Task.FromResult(false);
}
