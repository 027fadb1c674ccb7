using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

/// <summary>One finding of <c>bicep build</c> or <c>bicep lint</c>, read from its SARIF report.</summary>
internal sealed record BicepDiagnostic(string Rule, string Level, string Message, string File, int Line)
{
    public override string ToString() => $"{File}({Line}) : {Level} {Rule}: {Message}";

    /// <summary>Every result in a SARIF log; SARIF leaves <c>level</c> out when it is the default, "warning".</summary>
    public static IReadOnlyList<BicepDiagnostic> ParseSarif(string sarif)
    {
        var runs = JsonNode.Parse(sarif)?["runs"]?.AsArray()
            ?? throw new FormatException("Not a SARIF log: " + sarif);
        return runs
            .SelectMany(run => run!["results"]!.AsArray())
            .Select(result =>
            {
                var location = result!["locations"]?[0]?["physicalLocation"];
                return new BicepDiagnostic(
                    (string?)result["ruleId"] ?? "",
                    (string?)result["level"] ?? "warning",
                    (string?)result["message"]?["text"] ?? "",
                    (string?)location?["artifactLocation"]?["uri"] ?? "",
                    (int?)location?["region"]?["startLine"] ?? 0);
            })
            .ToList();
    }
}
