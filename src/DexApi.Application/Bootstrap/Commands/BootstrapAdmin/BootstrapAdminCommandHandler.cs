using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexApi.Application.Bootstrap.Commands.BootstrapAdmin;

public sealed partial class BootstrapAdminCommandHandler(
    IUserRepository users,
    IClientRepository clients,
    IPasswordHasher passwordHasher,
    ISecretHasher secretHasher,
    IIssuer issuer,
    TimeProvider clock,
    IOptions<BootstrapOptions> options,
    ILogger<BootstrapAdminCommandHandler> logger)
    : IRequestHandler<BootstrapAdminCommand, BootstrapResult?>
{
    private const string DefaultAdminEmail = "admin@example.com";

    public async Task<BootstrapResult?> Handle(BootstrapAdminCommand request, CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(cancellationToken) || await clients.AnyAsync(cancellationToken))
        {
            return null;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var redirectUris = settings.AdminClientRedirectUris.Count > 0
            ? settings.AdminClientRedirectUris.ToList()
            : [issuer.Url + BootstrapOptions.DefaultRedirectPath];
        var badUri = redirectUris.FirstOrDefault(uri => !RedirectUri.IsAcceptable(uri));
        if (badUri is not null)
        {
            throw new InvalidOperationException(
                $"Bootstrap:AdminClientRedirectUris holds '{badUri}', which is not an absolute http(s) URI with a host and no fragment.");
        }

        var generatedSecret = string.IsNullOrEmpty(settings.AdminClientSecret) ? ClientSecrets.Generate() : null;
        var client = new Client
        {
            Id = string.IsNullOrEmpty(settings.AdminClientId) ? ClientIds.Generate(redirectUris[0]) : settings.AdminClientId,
            SecretDigest = secretHasher.Digest(generatedSecret ?? settings.AdminClientSecret!),
            RedirectUris = redirectUris,
            Admin = true,
            Name = settings.AdminClientName ?? "DexApi admin",
            ClientUri = settings.AdminClientUri ?? "",
            LogoUri = settings.AdminClientLogoUri ?? "",
            CreatedAt = now,
        };

        var generatedPassword = string.IsNullOrEmpty(settings.AdminPassword) ? ClientSecrets.GeneratePassword() : null;
        if (!EmailAddress.TryParse(settings.AdminEmail ?? DefaultAdminEmail, out var email))
        {
            throw new InvalidOperationException("Bootstrap:AdminEmail is not a valid email address.");
        }

        var user = User.CreateInvited(email, "Admin", emailVerified: true, admin: true, disabled: false, now);
        user.PasswordHash = passwordHasher.Hash(generatedPassword ?? settings.AdminPassword!);

        try
        {
            // The user first: its email is fixed, so of two nodes bootstrapping one empty database at the
            // same moment exactly one gets past this line, and only that one adds a client.
            await users.AddAsync(user, cancellationToken);
        }
        catch (ConflictException)
        {
            return null;
        }

        await clients.AddAsync(client, cancellationToken);

        LogBootstrapped(logger, client.Id, user.Id);
        return new BootstrapResult(user.Email, generatedPassword, client.Id, generatedSecret, redirectUris);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Bootstrapped admin client {ClientId} and admin user {UserId}")]
    private static partial void LogBootstrapped(ILogger logger, string clientId, string userId);
}
