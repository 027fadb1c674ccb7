using System.Text.Json;

namespace SupportSignals.Host;

/// <summary>
/// Reads the <c>Values</c> of a Functions-style <c>local.settings.json</c>, so one file configures both hosts.
/// Environment variables still win: this source is added before them.
/// </summary>
public static class LocalSettings
{
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder configuration, string path)
    {
        if (!File.Exists(path)) return configuration;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("Values", out var values)) return configuration;
        var settings = values.EnumerateObject().ToDictionary(
            property => property.Name.Replace("__", ":", StringComparison.Ordinal),
            property => (string?)(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText()));
        return configuration.AddInMemoryCollection(settings);
    }
}
