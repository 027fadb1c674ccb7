using System.Diagnostics;
using System.Net.Sockets;

namespace SupportSignals.Tests.TestSupport;

/// <summary>
/// A real Azurite (installed by ./test.sh into tools/azurite) on free loopback ports with its own data folder.
/// Can be stopped and started again on the same ports and data, to test outages.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("azurite-").FullName;
    private readonly int _blobPort = FreePort.Next();
    private readonly int _queuePort = FreePort.Next();
    private readonly int _tablePort = FreePort.Next();
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_tablePort}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        var script = Path.Combine(RepoRoot.Path, "tools", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
            throw new InvalidOperationException("Azurite is not installed: run ./test.sh (it runs npm ci in tools/azurite).");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--location", _dataFolder,
                "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        foreach (var port in new[] { _blobPort, _queuePort, _tablePort }) await WaitForPortAsync(port);
    }

    /// <summary>A graceful stop (SIGINT), so Azurite saves what it acknowledged, as real storage would keep it.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        using (var interrupt = Process.Start("kill", ["-INT", $"{_process.Id}"])) await interrupt.WaitForExitAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
