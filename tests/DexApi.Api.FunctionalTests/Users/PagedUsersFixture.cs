using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

/// <summary>
/// A service holding the admin and 25 more users whose emails sort differently by ordinal and by culture
/// rules (<c>+ - . 0-9 @ _</c> against letters, upper-case input). Tests that use it only read.
/// </summary>
public sealed class PagedUsersFixture : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Emails =
    [
        "a-b@x.test", "a.b@x.test", "a_b@x.test", "ab@x.test", "a0@x.test", "A1@x.test", "a@x.test", "AA@x.test",
        "a+b@x.test", "b@x.test", "Zulu@x.test", "0lead@x.test",
        .. Enumerable.Range(1, 13).Select(i => i % 3 == 0 ? $"USER{i:00}@Example.com" : $"user{i:00}@example.com"),
    ];

    public DexApiFixture Service { get; } = new();

    /// <summary>Every stored email, the admin's included, in ordinal order: the order every listing must keep.</summary>
    public IReadOnlyList<string> ExpectedOrder { get; } =
        [.. Emails.Select(email => email.ToLowerInvariant()).Append(DexApiFactory.AdminEmail).Order(StringComparer.Ordinal)];

    public async Task InitializeAsync()
    {
        var token = await Service.AdminTokenAsync();
        foreach (var email in Emails)
        {
            await Service.Session.CreateUserAsync(token, email);
        }
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
