using DexApi.Domain.Clients;
using DexApi.Domain.Users;

namespace DexApi.Application.Common.Abstractions;

/// <summary>
/// Reads the two records every authenticated request is checked against, in one round trip: the token's
/// user and the client it was issued to. Always read from storage, never cached, so that a disable or a
/// deletion made a moment ago on any node is seen by the next request.
/// </summary>
public interface ICallerRepository
{
    /// <summary>
    /// The user with <paramref name="userId"/> and the client with <paramref name="clientId"/>; null when the
    /// user does not exist, a null <see cref="CallerRecord.Client"/> when only the client does not.
    /// </summary>
    Task<CallerRecord?> FindAsync(string userId, string clientId, CancellationToken cancellationToken);
}

/// <summary>The stored user behind a token and the stored client it was issued to, if that still exists.</summary>
public sealed record CallerRecord(User User, Client? Client);
