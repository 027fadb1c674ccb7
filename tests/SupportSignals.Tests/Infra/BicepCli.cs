using System.Diagnostics;
using System.Xml.Linq;

namespace SupportSignals.Tests.Infra;

internal sealed record BicepRun(int ExitCode, string Output, string Errors);

/// <summary>
/// The Bicep CLI from the NuGet package the test project downloads (a self-contained binary in tools/),
/// so the templates are compiled, linted and evaluated offline with a pinned version.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "Azure.Bicep.CommandLine.linux-x64";

    // A hung process must not hang the suite; this guards, it does not measure.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Executable = new(Locate);

    public static async Task<BicepRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {HangGuard}.");
        }
        return new BicepRun(process.ExitCode, await output, await errors);
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException($"The infra tests run {PackageId}, a Linux x64 binary.");

        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(packages, PackageId.ToLowerInvariant(), DownloadedVersion(), "tools", "bicep");
        if (!File.Exists(path))
            throw new InvalidOperationException($"No Bicep CLI at {path}: run `dotnet restore tests/SupportSignals.Tests` first.");

        // NuGet extracts without the execute bit on some machines.
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
            File.SetUnixFileMode(path, mode | execute);
        return path;
    }

    // Read from the test project's PackageDownload item, so the version restored and the version run cannot drift.
    private static string DownloadedVersion()
    {
        var project = XDocument.Load(Repository.TestProject);
        var download = project.Descendants("PackageDownload").Single(item => (string?)item.Attribute("Include") == PackageId);
        return ((string?)download.Attribute("Version") ?? throw new InvalidOperationException($"{PackageId} has no Version."))
            .Trim('[', ']');
    }
}
