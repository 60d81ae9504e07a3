using DexApi.Application.Bootstrap.Commands.BootstrapAdmin;

namespace DexApi.Infrastructure.Hosting;

/// <summary>
/// Prints what the first start created. Generated secrets go to the console once and never to the log:
/// log sinks are often shipped elsewhere and kept.
/// </summary>
public sealed class BootstrapReport(TextWriter output)
{
    public void Print(BootstrapResult created)
    {
        output.WriteLine();
        output.WriteLine("DexApi created its first admin. Keep these values; generated ones are not shown again.");
        output.WriteLine($"  Admin user email:     {created.AdminEmail}");
        output.WriteLine($"  Admin user password:  {created.GeneratedPassword ?? "(as configured)"}");
        output.WriteLine($"  Admin client id:      {created.AdminClientId}");
        output.WriteLine($"  Admin client secret:  {created.GeneratedClientSecret ?? "(as configured)"}");
        output.WriteLine($"  Redirect URIs:        {string.Join(", ", created.RedirectUris)}");
        output.WriteLine();
        output.Flush();
    }
}
