namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>
/// One <see cref="DexApiFactory"/> shared by the tests of a class (<c>IClassFixture&lt;DexApiFixture&gt;</c>).
/// xunit cannot build <see cref="DexApiFactory"/> itself as a class fixture: it will not fill the optional
/// settings argument of its constructor. Tests that share it use unique emails so as not to interfere.
/// </summary>
public sealed class DexApiFixture : IAsyncLifetime
{
    private readonly Lazy<Task<string>> _adminToken;

    public DexApiFixture()
    {
        Session = new ApiSession(Factory);
        _adminToken = new Lazy<Task<string>>(() => Session.PasswordTokenAsync());
    }

    public DexApiFactory Factory { get; } = new();

    public ApiSession Session { get; }

    /// <summary>
    /// The admin's password-grant token through the admin client, fetched once: each grant costs a slow
    /// password hash, and the token outlives any test run.
    /// </summary>
    public Task<string> AdminTokenAsync() => _adminToken.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
