using System.Diagnostics;

namespace SupportSignals.Tests.TestSupport;

/// <summary>The local host as a separate process (the build in this test's output folder), so it can be SIGKILLed.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<HostProcess> StartAsync(int port, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SupportSignals.Host.dll"), "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["SettingsFile"] = "/nonexistent/local.settings.json";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.ReturnsAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException($"the host exited with {process.ExitCode}");
            try { return (await probe.GetAsync("/api/health")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            // A host still starting on a loaded machine may not answer within the probe's timeout: not up yet.
            catch (TaskCanceledException) { return false; }
        }, up => up, timeoutSeconds: 60);
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — a crash.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
