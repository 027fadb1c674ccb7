namespace SupportSignals.Tests.Infra;

public sealed class BicepDiagnosticsTests
{
    [Fact]
    public async Task Build_compiles_main_template_without_errors_or_warnings()
    {
        var build = await CompiledTemplate.BuildAsync();

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(BicepDiagnostic.ParseSarif(build.Errors));
        Assert.Contains("deploymentTemplate.json", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_finds_nothing_in_main_template_or_its_modules()
    {
        var lint = await BicepCli.RunAsync("lint", Repository.MainTemplate, "--diagnostics-format", "sarif");

        Assert.Equal(0, lint.ExitCode);
        Assert.Empty(BicepDiagnostic.ParseSarif(lint.Output));
    }

    [Fact]
    public async Task Lint_report_is_read_when_there_is_something_to_report()
    {
        var directory = Directory.CreateTempSubdirectory("supportsignals-lint-");
        try
        {
            var flawed = Path.Combine(directory.FullName, "flawed.bicep");
            await File.WriteAllTextAsync(flawed, "param unused string\n");

            var lint = await BicepCli.RunAsync("lint", flawed, "--diagnostics-format", "sarif");

            var diagnostic = Assert.Single(BicepDiagnostic.ParseSarif(lint.Output));
            Assert.Equal("no-unused-params", diagnostic.Rule);
            Assert.Equal("warning", diagnostic.Level);
            Assert.Equal(1, diagnostic.Line);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
