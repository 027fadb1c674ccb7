using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SupportSignals.Retention;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.Retention.SummaryHost;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// The summary page in a real browser: Debian's headless Chromium (installed by ./tools/install.sh) loads it from the
/// host, with its content security policy, and from a saved file, offline.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SummaryPageBrowserTests(AzuriteFixture azurite)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Chromium_renders_the_page_with_its_four_charts_and_reports_no_errors()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run ./tools/install.sh (as root, or with sudo) to install Debian's chromium.");
        await using var host = await StartSeededAsync(azurite);
        var backfill = await PostAsync(host, $"/api/summaries/backfill?from={DayKeys.Iso(Yesterday.AddDays(-3))}&to={DayKeys.Iso(Yesterday)}");
        Assert.Equal(HttpStatusCode.OK, backfill.StatusCode);
        var url = new Uri(host.Client.BaseAddress!, WithKey($"/api/summaries/{DayKeys.Iso(Yesterday)}.html"));

        var (dom, log) = await RunChromiumAsync("--dump-dom", url.ToString());

        Assert.Equal(4, Regex.Count(dom, "<svg[^>]*class=\"chart"));
        Assert.True(Regex.Count(dom, "<polyline") >= 3, "the trend charts draw lines");
        Assert.True(Regex.Count(dom, "<circle") >= 8, "each day of the trend is a point");
        Assert.Contains("Support summary for " + DayKeys.Iso(Yesterday), dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused to", log, StringComparison.Ordinal);
        Assert.Empty(ConsoleErrors().Matches(log));

        var saved = Path.Combine(Directory.CreateTempSubdirectory("summary-page-").FullName, "summary.html");
        await File.WriteAllTextAsync(saved, await host.Client.GetStringAsync(url));
        var screenshot = Path.ChangeExtension(saved, ".png");
        await RunChromiumAsync($"--screenshot={screenshot}", "--window-size=1280,2400", new Uri(saved).AbsoluteUri);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the offline page paints (a blank page compresses to a few KB)");
    }

    private static async Task<(string Stdout, string Stderr)> RunChromiumAsync(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}",
        })
            start.ArgumentList.Add(flag);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 2 minutes.");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
        return (await stdout, await stderr);
    }

    [GeneratedRegex(@"CONSOLE.*(Uncaught|Error)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsoleErrors();
}
