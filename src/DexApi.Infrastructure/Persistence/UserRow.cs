using DexApi.Domain.Users;

namespace DexApi.Infrastructure.Persistence;

/// <summary>A row of the users table as Dapper reads and writes it; times are Unix seconds.</summary>
internal sealed class UserRow
{
    /// <summary>The table's columns under this class's property names, for every query that reads a row.</summary>
    public const string Columns = """
        id AS Id, email AS Email, display_name AS DisplayName, email_verified AS EmailVerified, admin AS Admin,
        disabled AS Disabled, created_at AS CreatedAt, password_hash AS PasswordHash,
        password_version AS PasswordVersion
        """;

    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool EmailVerified { get; set; }
    public bool Admin { get; set; }
    public bool Disabled { get; set; }
    public long CreatedAt { get; set; }
    public string? PasswordHash { get; set; }
    public int PasswordVersion { get; set; }

    public static UserRow From(User user) => new()
    {
        Id = user.Id,
        Email = user.Email,
        DisplayName = user.DisplayName,
        EmailVerified = user.EmailVerified,
        Admin = user.Admin,
        Disabled = user.Disabled,
        CreatedAt = user.CreatedAt.ToUnixTimeSeconds(),
        PasswordHash = user.PasswordHash,
        PasswordVersion = user.PasswordVersion,
    };

    public User ToUser() => new()
    {
        Id = Id,
        Email = Email,
        DisplayName = DisplayName,
        EmailVerified = EmailVerified,
        Admin = Admin,
        Disabled = Disabled,
        CreatedAt = DateTimeOffset.FromUnixTimeSeconds(CreatedAt),
        PasswordHash = PasswordHash,
        PasswordVersion = PasswordVersion,
    };
}
