using DexApi.Api;
using DexApi.Api.ErrorHandling;
using DexApi.Api.Middleware;
using DexApi.Api.OpenApi;
using DexApi.Application;
using DexApi.Infrastructure;
using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Tokens;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// DEXAPI_Database__Provider and friends; the command line still wins over the environment.
builder.Configuration.AddEnvironmentVariables("DEXAPI_").AddCommandLine(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(ConfiguredIssuer.DefaultListenUrl);
}

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.MaxBodyBytes;
});

builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Enrich.WithProperty("Application", "DexApi");
    if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
    {
        // Started outside its folder, the service finds no appsettings.json; it still logs somewhere. Through
        // a background writer, as appsettings.json does: a console write under the sink's lock on every
        // request's thread made requests queue behind each other (docs/performance.md).
        logger.WriteTo.Async(
            sinks => sinks.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            blockWhenFull: true);
    }
});

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddApi();

var app = builder.Build();

// `dotnet DexApi.Api.dll migrate`: apply the schema and stop, for operators who migrate before deploying
// (then set Database:MigrateOnStartup=false on the nodes).
if (args.FirstOrDefault() == "migrate")
{
    app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
    // Disposing the host flushes the background log writer, so that every applied script is printed.
    await app.DisposeAsync();
    return;
}

// Outermost, so that the request line shows the status the caller got, after errors were mapped.
app.UseSerilogRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages(StatusCodeErrors.WriteAsync);
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.UseOpenApi(settings => settings.PostProcess = DexApiDocument.RemoveServers);
if (app.Configuration.GetValue("OpenApi:SwaggerUi", defaultValue: true))
{
    app.UseSwaggerUi();
}

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
