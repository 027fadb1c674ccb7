using SupportSignals.Attribution;
using SupportSignals.Customers;
using SupportSignals.Leads;

namespace SupportSignals.Retention;

/// <summary>Everything one day's summary is computed from; gathered by the nightly job, computed by <see cref="SummaryCalculator"/>.</summary>
public sealed record SummaryInputs
{
    public required DateOnly Date { get; init; }
    public required DateTimeOffset ComputedAt { get; init; }
    /// <summary>Accounts at midnight starting each day a period starts on, and the day after <see cref="Date"/>.</summary>
    public required IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, AccountState>> Cohorts { get; init; }
    public required IReadOnlyDictionary<DateOnly, DayRollup> Rollups { get; init; }
    public required IReadOnlyList<DurationChunk> Durations { get; init; }
    public required IReadOnlyList<ServiceQualifiedLead> Sqls { get; init; }
    public required IReadOnlyList<AttributionRecord> Credits { get; init; }

    /// <summary>The days whose cohorts the summary of <paramref name="date"/> needs.</summary>
    public static IReadOnlyList<DateOnly> CohortDays(DateOnly date) =>
        [.. SummaryPeriod.For(date).Select(p => p.From).Append(date.AddDays(1)).Distinct().Order()];

    /// <summary>The first day whose rollup the summary of <paramref name="date"/> reads (the previous 90-day window's).</summary>
    public static DateOnly FirstRollupDay(DateOnly date) => SummaryPeriod.For(date).Min(p => p.Previous().From);

    /// <summary>The first day whose durations it reads.</summary>
    public static DateOnly FirstDurationDay(DateOnly date) => SummaryPeriod.For(date).Min(p => p.From);
}
