using System.Globalization;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>UTC calendar days as the summary tables key them ("20261121") and as people write them ("2026-11-21").</summary>
public static class DayKeys
{
    public static string Of(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset instant) => StorageKeys.Day(instant);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public static DateOnly Parse(string key) => DateOnly.ParseExact(key, "yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Reads "YYYY-MM-DD" as given in a query string or route.</summary>
    public static bool TryParseIso(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
