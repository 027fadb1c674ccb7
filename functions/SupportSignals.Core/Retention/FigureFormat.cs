using System.Globalization;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Retention;

/// <summary>How figures read in the page, the digest and the demo: one place, so they agree.</summary>
public static class FigureFormat
{
    public const string None = "n/a";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="fraction">0.96 reads "96.0%".</param>
    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", Invariant) + "%" : None;

    public static string Points(double? points) => points is { } p ? p.ToString("+0.0;-0.0;0.0", Invariant) + " pp" : None;

    public static string Score(double? score) => score is { } s ? s.ToString("0.#", Invariant) : None;

    public static string Amount(Money money)
    {
        var exponent = MinorUnits.Exponent(money.Currency);
        var value = money.Minor / (decimal)Math.Pow(10, exponent);
        return $"{money.Currency} {value.ToString("N" + exponent, Invariant)}";
    }

    public static string Amounts(IReadOnlyList<Money> amounts) => amounts.Count == 0 ? "0" : string.Join(" + ", amounts.Select(Amount));

    /// <summary>Calendar time: "45m", "2h 05m", "3d 4h".</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s) return None;
        var t = TimeSpan.FromSeconds(Math.Round(s));
        return t.TotalDays >= 1 ? $"{(int)t.TotalDays}d {t.Hours}h"
            : t.TotalHours >= 1 ? $"{(int)t.TotalHours}h {t.Minutes:00}m"
            : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m"
            : $"{t.Seconds}s";
    }

    public static string Period(PeriodSummary period) => period.Name switch
    {
        SummaryPeriod.Day => $"day {DayKeys.Iso(period.From)}",
        SummaryPeriod.MonthToDate => $"month to date ({DayKeys.Iso(period.From)} to {DayKeys.Iso(period.To)})",
        _ => $"trailing {period.Period.Days} days ({DayKeys.Iso(period.From)} to {DayKeys.Iso(period.To)})",
    };
}
