using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

/// <summary>infra/main.bicep compiled once per test run: the ARM JSON and what the compiler said about it.</summary>
internal static class CompiledTemplate
{
    private static readonly Lazy<Task<BicepRun>> Build = new(() =>
        BicepCli.RunAsync("build", Repository.MainTemplate, "--stdout", "--diagnostics-format", "sarif"));

    /// <summary>The compiler run: ARM JSON on standard output, the SARIF diagnostics on standard error.</summary>
    public static Task<BicepRun> BuildAsync() => Build.Value;

    public static async Task<JsonObject> JsonAsync()
    {
        var build = await BuildAsync();
        if (build.ExitCode != 0)
            throw new InvalidOperationException("bicep build failed: " + build.Errors);
        return JsonNode.Parse(build.Output)!.AsObject();
    }
}
