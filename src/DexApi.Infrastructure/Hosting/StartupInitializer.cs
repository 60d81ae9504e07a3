using DexApi.Application.Bootstrap.Commands.BootstrapAdmin;
using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Tokens;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Hosting;

/// <summary>
/// Prepares the database when the host starts, before the server takes requests: migrations, signing keys,
/// then the first admin. Nothing touches the database earlier, so tools that only build the host (such as
/// the OpenAPI generator) need no database.
/// </summary>
public sealed class StartupInitializer(
    IServiceScopeFactory scopes,
    DatabaseMigrator migrator,
    SigningKeyRing keys,
    IOptions<DatabaseOptions> database,
    BootstrapReport report) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            migrator.Migrate();
        }

        await keys.RefreshAsync(cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var created = await mediator.Send(new BootstrapAdminCommand(), cancellationToken);
        if (created is not null)
        {
            report.Print(created);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
