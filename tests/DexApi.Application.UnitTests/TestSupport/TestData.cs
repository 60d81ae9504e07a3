using AutoMapper;
using DexApi.Application.Users;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;

namespace DexApi.Application.UnitTests.TestSupport;

/// <summary>Entities and services that many tests build the same way.</summary>
public static class TestData
{
    public const string IssuerUrl = "https://id.example.com";
    public const string ClientId = "console@app.example.com";
    public const string RedirectUri = "https://app.example.com/callback";

    public static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static readonly Lazy<IMapper> s_mapper = new(() =>
        new MapperConfiguration(options => options.AddMaps(typeof(UserMappingProfile).Assembly)).CreateMapper());

    /// <summary>A mapper configured from the Application assembly's profiles, as the service builds it.</summary>
    public static IMapper Mapper => s_mapper.Value;

    public static EmailAddress Email(string value)
        => EmailAddress.TryParse(value, out var email) ? email : throw new ArgumentException(value, nameof(value));

    public static User NewUser(
        string id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
        string email = "jane@example.com",
        bool admin = false,
        bool disabled = false,
        bool emailVerified = false,
        string? passwordHash = "hash",
        int passwordVersion = 0) => new()
    {
        Id = id,
        Email = email,
        DisplayName = "Jane",
        Admin = admin,
        Disabled = disabled,
        EmailVerified = emailVerified,
        PasswordHash = passwordHash,
        PasswordVersion = passwordVersion,
        CreatedAt = Now,
    };

    public static Client NewClient(string id = ClientId, bool admin = false, string secretDigest = "digest") => new()
    {
        Id = id,
        SecretDigest = secretDigest,
        RedirectUris = [RedirectUri, "http://localhost:5555/callback"],
        Admin = admin,
        CreatedAt = Now,
    };
}
