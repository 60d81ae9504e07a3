using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DexApi.TestDatabases;

namespace DexApi.Api.FunctionalTests.Databases;

/// <summary>The built service in a process of its own on a free loopback port, stopped on dispose.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ServiceAssembly());
        start.ArgumentList.Add($"--urls={baseAddress}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start)!;
        var service = new ServiceProcess(process, baseAddress);
        // Drain both streams so that a chatty service never blocks on a full pipe; keep them for failures.
        process.OutputDataReceived += (_, line) => service._output.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => service._output.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await service.WaitUntilReadyAsync();
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Client.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await Client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException(
            "The service process did not become ready:\n" + string.Join("\n", _output.TakeLast(30)));
    }

    /// <summary>The service's build output beside this test project's, in the same configuration.</summary>
    public static string ServiceAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var path = Path.Combine(PostgresTestServer.RepositoryRoot(), "artifacts", "bin", "DexApi.Api", configuration, "DexApi.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
