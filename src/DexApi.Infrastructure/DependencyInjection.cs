using DexApi.Application.Bootstrap;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Tokens;
using DexApi.Infrastructure.Email;
using DexApi.Infrastructure.Hosting;
using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Persistence.Dialects;
using DexApi.Infrastructure.Security;
using DexApi.Infrastructure.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers storage, security and token services. Nothing here opens the database.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // First of the hosted services, so that the schema exists before any other one (Data Protection's
        // loads its key ring at start) reads the database.
        services.AddHostedService<StartupInitializer>();

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .Validate(
                options => options.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:ConnectionString is required for Postgres and SqlServer.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.SectionName)
            .Validate(options => options.AccessTokenLifetime > TimeSpan.Zero, "Tokens:AccessTokenLifetime must be positive.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);

        // The provider is read when these are first resolved, after all configuration sources are in.
        services.AddSingleton<ISqlDialect>(provider => ProviderOf(provider) switch
        {
            DatabaseProvider.Postgres => new PostgresDialect(),
            DatabaseProvider.SqlServer => new SqlServerDialect(),
            _ => new SqliteDialect(),
        });
        services.AddSingleton<ISqlConnectionFactory>(provider => ProviderOf(provider) switch
        {
            DatabaseProvider.Postgres => ActivatorUtilities.CreateInstance<NpgsqlConnectionFactory>(provider),
            DatabaseProvider.SqlServer => ActivatorUtilities.CreateInstance<SqlServerConnectionFactory>(provider),
            _ => ActivatorUtilities.CreateInstance<SqliteConnectionFactory>(provider),
        });
        services.AddSingleton<SqlRunner>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IClientRepository, ClientRepository>();
        services.AddScoped<ICallerRepository, CallerRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();

        services.AddSingleton<MasterKey>();
        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.AddSingleton<ISecretHasher, Sha256SecretHasher>();
        services.AddSingleton<IPageTokenProtector, PageTokenProtector>();
        services.AddSingleton<ICommonPasswords, CommonPasswordList>();

        // Anti-forgery tokens are Data Protection payloads: keep its keys in the shared database, encrypted
        // under the master key, so that a form served by one node can be posted to another.
        services.AddDataProtection().SetApplicationName("DexApi");
        services.AddSingleton<DataProtectionKeyRepository>();
        services.AddSingleton<MasterKeyXmlEncryptor>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                options.XmlRepository = provider.GetRequiredService<DataProtectionKeyRepository>();
                options.XmlEncryptor = provider.GetRequiredService<MasterKeyXmlEncryptor>();
            }));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        services.AddSingleton<IRequestRateLimiter, RequestRateLimiter>();

        services.AddSingleton<IIssuer>(new ConfiguredIssuer(configuration));
        services.AddSingleton<SigningKeyRepository>();
        services.AddOptions<KeyOptions>().BindConfiguration(KeyOptions.SectionName)
            .Validate(options => options.RefreshInterval > TimeSpan.Zero, "Keys:RefreshInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<IPublicKeySet>(provider => provider.GetRequiredService<SigningKeyRing>());
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IActionTokenService, ActionTokenService>();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName)
            .Validate(options => options.Smtp.Timeout > TimeSpan.Zero, "Email:Smtp:Timeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<IUserMailer, SmtpUserMailer>();

        services.AddSingleton(new BootstrapReport(Console.Out));
        services.AddHostedService<SigningKeyRefresher>();
        return services;
    }

    private static DatabaseProvider ProviderOf(IServiceProvider provider)
        => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
}
