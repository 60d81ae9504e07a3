using DexApi.Application.Bootstrap;
using DexApi.Application.Bootstrap.Commands.BootstrapAdmin;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.UnitTests.TestSupport;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DexApi.Application.UnitTests.Bootstrap.Commands;

public sealed class BootstrapAdminCommandHandlerTests
{
    private readonly Mock<IUserRepository> _users = new();
    private readonly Mock<IClientRepository> _clients = new();
    private readonly Mock<IPasswordHasher> _passwordHasher = new();
    private readonly Mock<ISecretHasher> _secretHasher = new();
    private readonly Mock<IIssuer> _issuer = new();
    private readonly FakeClock _clock = new(TestData.Now);
    private readonly List<User> _addedUsers = [];
    private readonly List<Client> _addedClients = [];

    public BootstrapAdminCommandHandlerTests()
    {
        _users.Setup(users => users.AnyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _clients.Setup(clients => clients.AnyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _users.Setup(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()))
            .Callback<User, CancellationToken>((user, _) => _addedUsers.Add(user))
            .Returns(Task.CompletedTask);
        _clients.Setup(clients => clients.AddAsync(It.IsAny<Client>(), It.IsAny<CancellationToken>()))
            .Callback<Client, CancellationToken>((client, _) => _addedClients.Add(client))
            .Returns(Task.CompletedTask);
        _passwordHasher.Setup(hasher => hasher.Hash(It.IsAny<string>()))
            .Returns<string>(password => $"hash:{password}");
        _secretHasher.Setup(hasher => hasher.Digest(It.IsAny<string>())).Returns<string>(secret => $"digest:{secret}");
        _issuer.SetupGet(issuer => issuer.Url).Returns(TestData.IssuerUrl);
    }

    private BootstrapAdminCommandHandler CreateHandler(BootstrapOptions? options = null) => new(
        _users.Object,
        _clients.Object,
        _passwordHasher.Object,
        _secretHasher.Object,
        _issuer.Object,
        _clock,
        Options.Create(options ?? new BootstrapOptions()),
        NullLogger<BootstrapAdminCommandHandler>.Instance);

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Handle_ReturnsNullAndWritesNothing_WhenUsersOrClientsExist(bool anyUser, bool anyClient)
    {
        // Arrange
        _users.Setup(users => users.AnyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(anyUser);
        _clients.Setup(clients => clients.AnyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(anyClient);
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(new BootstrapAdminCommand(), CancellationToken.None);

        // Assert
        Assert.Null(result);
        Assert.Empty(_addedUsers);
        Assert.Empty(_addedClients);
    }

    [Fact]
    public async Task Handle_GeneratesEveryValue_WhenNothingIsConfigured()
    {
        // Arrange
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(new BootstrapAdminCommand(), CancellationToken.None);

        // Assert
        Assert.NotNull(result);
        Assert.Equal("admin@example.com", result.AdminEmail);
        Assert.Matches("^[A-Za-z0-9_-]{24}$", result.GeneratedPassword);
        Assert.Matches("^[A-Za-z0-9_-]{96}$", result.GeneratedClientSecret);
        Assert.Matches("^[A-Za-z0-9_-]{43}=@id\\.example\\.com$", result.AdminClientId);
        Assert.Equal(["https://id.example.com/password-set"], result.RedirectUris);

        var client = Assert.Single(_addedClients);
        Assert.Equal(result.AdminClientId, client.Id);
        Assert.Equal($"digest:{result.GeneratedClientSecret}", client.SecretDigest);
        Assert.Equal(["https://id.example.com/password-set"], client.RedirectUris);
        Assert.True(client.Admin);
        Assert.Equal("DexApi admin", client.Name);
        Assert.Equal(TestData.Now, client.CreatedAt);

        var user = Assert.Single(_addedUsers);
        Assert.Equal("admin@example.com", user.Email);
        Assert.Equal($"hash:{result.GeneratedPassword}", user.PasswordHash);
        Assert.True(user.Admin);
        Assert.True(user.EmailVerified);
        Assert.False(user.Disabled);
    }

    [Fact]
    public async Task Handle_UsesConfiguredValuesAndReportsNothingGenerated_WhenEverythingIsConfigured()
    {
        // Arrange
        var options = new BootstrapOptions
        {
            AdminEmail = "Root@Example.com",
            AdminPassword = "configured password",
            AdminClientId = "admin-console",
            AdminClientSecret = "configured secret",
            AdminClientName = "Console",
            AdminClientRedirectUris = { "https://console.example.com/callback", "https://console.example.com/other" },
        };
        var handler = CreateHandler(options);

        // Act
        var result = await handler.Handle(new BootstrapAdminCommand(), CancellationToken.None);

        // Assert
        var expectedUris = new[] { "https://console.example.com/callback", "https://console.example.com/other" };
        Assert.NotNull(result);
        Assert.Equal("root@example.com", result.AdminEmail);
        Assert.Null(result.GeneratedPassword);
        Assert.Equal("admin-console", result.AdminClientId);
        Assert.Null(result.GeneratedClientSecret);
        Assert.Equal(expectedUris, result.RedirectUris);

        var client = Assert.Single(_addedClients);
        Assert.Equal("admin-console", client.Id);
        Assert.Equal("digest:configured secret", client.SecretDigest);
        Assert.Equal(expectedUris, client.RedirectUris);
        Assert.Equal("Console", client.Name);

        var user = Assert.Single(_addedUsers);
        Assert.Equal("root@example.com", user.Email);
        Assert.Equal("hash:configured password", user.PasswordHash);
    }

    [Fact]
    public async Task Handle_TakesClientIdHostFromFirstConfiguredRedirectUri_WhenIdIsNotConfigured()
    {
        // Arrange
        var options = new BootstrapOptions
        {
            AdminClientRedirectUris = { "https://console.example.com:8443/callback", "https://other.example.com/cb" },
        };
        var handler = CreateHandler(options);

        // Act
        var result = await handler.Handle(new BootstrapAdminCommand(), CancellationToken.None);

        // Assert
        Assert.NotNull(result);
        Assert.EndsWith("=@console.example.com", result.AdminClientId);
    }

    [Fact]
    public async Task Handle_ReturnsNullAndAddsNoClient_WhenAnotherNodeBootstrappedAtTheSameMoment()
    {
        // Arrange: the other node's admin user took the email first.
        _users.Setup(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConflictException(ErrorCodes.DuplicateEmail, ErrorDescriptions.DuplicateEmail));
        var handler = CreateHandler();

        // Act
        var result = await handler.Handle(new BootstrapAdminCommand(), CancellationToken.None);

        // Assert
        Assert.Null(result);
        _clients.Verify(clients => clients.AddAsync(It.IsAny<Client>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_ThrowsAndWritesNothing_WhenConfiguredEmailIsInvalid()
    {
        // Arrange
        var handler = CreateHandler(new BootstrapOptions { AdminEmail = "Admin <admin@example.com>" });

        // Act
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => handler.Handle(new BootstrapAdminCommand(), CancellationToken.None));

        // Assert
        Assert.Contains("Bootstrap:AdminEmail", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_addedUsers);
        Assert.Empty(_addedClients);
    }

    [Theory]
    [InlineData("console.example.com/callback")]
    [InlineData("ftp://console.example.com/callback")]
    [InlineData("https://console.example.com/callback#fragment")]
    public async Task Handle_ThrowsAndWritesNothing_WhenConfiguredRedirectUriIsNotAcceptable(string redirectUri)
    {
        // Arrange
        var handler = CreateHandler(new BootstrapOptions { AdminClientRedirectUris = { redirectUri } });

        // Act
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => handler.Handle(new BootstrapAdminCommand(), CancellationToken.None));

        // Assert
        Assert.Contains(redirectUri, exception.Message);
        _clients.Verify(clients => clients.AddAsync(It.IsAny<Client>(), It.IsAny<CancellationToken>()), Times.Never);
        _users.Verify(users => users.AddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
