using DexApi.Domain.Users;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Storage of users. Emails are passed in already lower-cased.</summary>
public interface IUserRepository
{
    Task<User?> GetByIdAsync(string id, CancellationToken cancellationToken);

    Task<User?> GetByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Users ordered by email (ordinal), starting after <paramref name="afterEmail"/> when given.</summary>
    Task<IReadOnlyList<User>> ListByEmailAsync(string? afterEmail, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a user; throws <see cref="Exceptions.ConflictException"/> when the email is taken.</summary>
    Task AddAsync(User user, CancellationToken cancellationToken);

    /// <summary>Returns false when no user has that id.</summary>
    Task<bool> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken);

    Task MarkEmailVerifiedAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new password hash and bumps the password version, but only while the stored version is
    /// still <paramref name="expectedVersion"/>. Returns false when it was not (a link used twice).
    /// </summary>
    Task<bool> SetPasswordAsync(string id, string passwordHash, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Replaces the hash of a password that verified but was hashed with older settings.</summary>
    Task UpdatePasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);
}
