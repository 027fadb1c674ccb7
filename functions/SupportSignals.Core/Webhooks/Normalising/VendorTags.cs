using System.Text.Json;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>Tags arrive as arrays of strings, arrays of objects with a name, or one space/comma-separated string.</summary>
public static class VendorTags
{
    public static IReadOnlyList<string> Read(JsonElement value, string nameProperty = "name") => value.ValueKind switch
    {
        JsonValueKind.Array => Distinct(value.EnumerateArray().Select(item => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Object when item.TryGetProperty(nameProperty, out var name) => name.GetString(),
            _ => null,
        })),
        JsonValueKind.String => Parse(value.GetString()),
        _ => [],
    };

    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Distinct(text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Tags compare lower-case and trimmed, so "SQL " and "sql" are one tag.</summary>
    private static IReadOnlyList<string> Distinct(IEnumerable<string?> tags) =>
        [.. tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
}
