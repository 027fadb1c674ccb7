using System.Globalization;
using System.Text.Json;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>Tolerant reads of vendor JSON: ids may be numbers or strings, paths may be missing.</summary>
public static class JsonRead
{
    /// <summary>The element at a dotted path ("data.object.id"), or null when any step is missing.</summary>
    public static JsonElement? At(JsonElement root, string path)
    {
        var current = root;
        foreach (var step in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current)) return null;
        }
        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    /// <summary>A string or number at the path as text (ids: 12345 and "12345" are the same id).</summary>
    public static string? Text(JsonElement root, string path) => At(root, path) is { } value ? AsText(value) : null;

    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static long? Long(JsonElement root, string path) =>
        Text(root, path) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (long)number : null;

    public static decimal? Decimal(JsonElement root, string path) =>
        Text(root, path) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DateTimeOffset? Time(JsonElement root, string path) => At(root, path) is { } value ? VendorTime.Read(value) : null;
}
