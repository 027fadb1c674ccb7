using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SupportSignals.Retention;

/// <summary>The one JSON shape of a summary: stored, served and read back by the demo.</summary>
public static class SummaryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(DailySummary summary) => JsonSerializer.Serialize(summary, Options);

    public static DailySummary Deserialize(string json) =>
        JsonSerializer.Deserialize<DailySummary>(json, Options) ?? throw new JsonException("The summary JSON is null.");

    /// <summary>A hash of the figures alone (not of when they were computed): equal figures, equal fingerprints.</summary>
    public static string Fingerprint(DailySummary summary) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(summary with { ComputedAt = default }))));
}
