using System.Globalization;

namespace SupportSignals.Advocates;

/// <summary>
/// UTC calendar months as partition keys ("202611"): time-bucketed tables are read one partition per month of
/// the window asked for, never their whole history.
/// </summary>
public static class Months
{
    public static string Key(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <returns>Every month key from the month of <paramref name="from"/> to the month of <paramref name="to"/>, in order.</returns>
    public static IReadOnlyList<string> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var keys = new List<string>();
        var month = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (; month <= to.UtcDateTime; month = month.AddMonths(1))
            keys.Add(month.ToString("yyyyMM", CultureInfo.InvariantCulture));
        return keys;
    }
}
