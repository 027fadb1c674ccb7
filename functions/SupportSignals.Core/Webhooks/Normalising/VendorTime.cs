using System.Globalization;
using System.Text.Json;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>Vendors send time as ISO 8601 strings, unix seconds, unix milliseconds or float seconds; all mean an instant.</summary>
public static class VendorTime
{
    // Unix seconds stay below this until the year 5138; anything larger is milliseconds.
    private const double MillisecondsThreshold = 1e11;

    public static DateTimeOffset? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => FromUnix(value.GetDouble()),
        JsonValueKind.String => Parse(value.GetString()),
        _ => null,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return FromUnix(number);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    public static DateTimeOffset FromUnix(double value) =>
        value >= MillisecondsThreshold
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)value)
            : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value * 1000));
}
