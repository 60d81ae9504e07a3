namespace DexApi.Application.Users;

/// <summary>A user as the API shows it.</summary>
public sealed record UserDto
{
    /// <summary>Server-assigned id, a lower-case UUID.</summary>
    public required string Id { get; init; }

    /// <summary>The email, lower-cased as stored.</summary>
    public required string Email { get; init; }

    /// <summary>The name to show; may be empty.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Whether the user proved the email is theirs.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>Whether the user may call the user-management API.</summary>
    public bool Admin { get; init; }

    /// <summary>Disabled users can neither sign in nor use their tokens.</summary>
    public bool Disabled { get; init; }

    /// <summary>RFC 3339, UTC, whole seconds, for example <c>2016-06-14T17:04:05Z</c>.</summary>
    public required string CreatedAt { get; init; }
}
