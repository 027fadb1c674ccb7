using SupportSignals.Attribution;
using SupportSignals.Customers;
using SupportSignals.Leads;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>One computed day: the summary as stored, and whether this run changed what was stored.</summary>
public sealed record SummaryRun(DailySummary Summary, bool Written);

/// <summary>Another instance holds the job's lease for longer than this run would wait.</summary>
public sealed class SummaryBusyException() : Exception("Another instance is computing summaries; try again shortly.");

/// <summary>
/// The nightly job. For a day it runs the <see cref="INightlyStep"/>s, brings the cohort snapshots and day rollups
/// up to date (building only what is missing or stale: the day's own facts, normally), gathers the inputs and stores
/// <see cref="SummaryCalculator"/>'s result. Everything happens under one lease, so instances never overlap; the
/// computation is deterministic, so re-running a day stores the same figures.
/// </summary>
public sealed class SummaryJob(
    CohortSnapshots snapshots,
    DayRollups rollups,
    IRecordStore<ServiceQualifiedLead> sqls,
    IRecordStore<AttributionRecord> credits,
    SummaryArchive archive,
    JobLease lease,
    IEnumerable<INightlyStep> steps,
    IDigestSender digest,
    SummaryOptions options,
    TimeProvider clock)
{
    public const string LeaseName = "nightly-summary";

    /// <summary>The last day that has ended (UTC): the latest a summary can be computed for.</summary>
    public DateOnly Yesterday => DayKeys.DayOf(clock.GetUtcNow()).AddDays(-1);

    /// <summary>Computes one day again, whether or not it is stored.</summary>
    public async Task<SummaryRun> RunAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await BackfillAsync(date, date, cancellationToken))[0];

    /// <summary>Computes every day of the range, oldest first.</summary>
    public async Task<IReadOnlyList<SummaryRun>> BackfillAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to > Yesterday || from > to) throw new ArgumentOutOfRangeException(nameof(to), "Only ended days, oldest first, can be computed.");
        await using var held = await AcquireAsync(cancellationToken) ?? throw new SummaryBusyException();
        var runs = new List<SummaryRun>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            runs.Add(await ComputeAsync(day, cancellationToken));
            await held.RenewAsync();
        }
        return runs;
    }

    /// <summary>
    /// The scheduled run: every day missing since the last stored summary up to <paramref name="through"/> (default
    /// yesterday; at most <see cref="SummaryOptions.CatchUpDays"/> days), then the digest of the last. Another
    /// instance already at it makes this one wait, then find nothing missing.
    /// </summary>
    public async Task<IReadOnlyList<SummaryRun>> CatchUpAsync(DateOnly? through = null, CancellationToken cancellationToken = default)
    {
        await using var held = await AcquireAsync(cancellationToken);
        if (held is null) return [];
        var last = through is { } day0 && day0 < Yesterday ? day0 : Yesterday;
        var first = await archive.LatestDateAsync(cancellationToken) is { } latest
            ? DateOnly.FromDayNumber(Math.Max(latest.DayNumber + 1, last.DayNumber - Math.Max(1, options.CatchUpDays) + 1))
            : last;
        var runs = new List<SummaryRun>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            runs.Add(await ComputeAsync(day, cancellationToken));
            await held.RenewAsync();
        }
        if (runs.Count > 0 && runs[^1].Summary.Date == last) await digest.SendAsync(runs[^1].Summary, cancellationToken);
        return runs;
    }

    private Task<JobLease.Held?> AcquireAsync(CancellationToken cancellationToken) =>
        lease.AcquireAsync(LeaseName, TimeSpan.FromSeconds(options.LeaseSeconds), TimeSpan.FromSeconds(options.LeaseWaitSeconds), cancellationToken);

    private async Task<SummaryRun> ComputeAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var computedAt = clock.GetUtcNow();
        foreach (var step in steps) await step.RunAsync(date, cancellationToken);

        var end = date.AddDays(1);
        await snapshots.EnsureAsync(end, cancellationToken);
        var cohorts = new Dictionary<DateOnly, IReadOnlyDictionary<string, AccountState>>();
        foreach (var day in SummaryInputs.CohortDays(date)) cohorts[day] = await snapshots.StateAtAsync(day, cancellationToken);

        var firstRollup = SummaryInputs.FirstRollupDay(date);
        await rollups.EnsureAsync(firstRollup, date, cohorts[end], cancellationToken);

        var (stored, written) = await archive.StoreAsync(SummaryCalculator.Calculate(new SummaryInputs
        {
            Date = date,
            ComputedAt = computedAt,
            Cohorts = cohorts,
            Rollups = await rollups.ReadAsync(firstRollup, date, cancellationToken),
            Durations = await rollups.ReadDurationsAsync(SummaryInputs.FirstDurationDay(date), date, cancellationToken),
            Sqls = await AllAsync(sqls, RecordQuery.All, cancellationToken),
            Credits = await AllAsync(credits, new RecordQuery { Where = new Dictionary<string, object> { ["rule"] = AttributionRule.ChurnSave } }, cancellationToken),
        }), cancellationToken);
        return new SummaryRun(stored, written);
    }

    // SQLs and attribution credits are few (one row per lead or credit, not per event) and their tables are keyed by
    // account, owned by the leads area: they are read whole, through their contracts.
    private static async Task<IReadOnlyList<T>> AllAsync<T>(IRecordStore<T> store, RecordQuery query, CancellationToken cancellationToken) where T : class
    {
        var all = new List<T>();
        await foreach (var item in store.QueryAsync(query, cancellationToken)) all.Add(item);
        return all;
    }
}
