using DexApi.Domain.Common;

namespace DexApi.Domain.Users;

/// <summary>A person who signs in with an email address and, once invited, a password.</summary>
public sealed class User
{
    public required string Id { get; init; }

    /// <summary>Always stored lower-cased; unique without regard to case.</summary>
    public required string Email { get; init; }

    public string DisplayName { get; init; } = "";

    public bool EmailVerified { get; set; }

    public bool Admin { get; init; }

    public bool Disabled { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null until the user sets a password through an invitation or reset link.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// Bumped each time a password is set. Invitation and reset links carry the version they were issued
    /// for, so setting a password kills every earlier link without putting the hash itself in a link.
    /// </summary>
    public int PasswordVersion { get; set; }

    public bool CanSignIn => !Disabled && PasswordHash is not null;

    /// <summary>Creates a user who has no password yet and must accept an invitation.</summary>
    public static User CreateInvited(
        EmailAddress email,
        string displayName,
        bool emailVerified,
        bool admin,
        bool disabled,
        DateTimeOffset now)
    {
        return new User
        {
            Id = Guid.NewGuid().ToString("D"),
            Email = email.Value,
            DisplayName = displayName,
            EmailVerified = emailVerified,
            Admin = admin,
            Disabled = disabled,
            CreatedAt = now.ToUniversalTime().TruncateToSeconds(),
        };
    }
}
