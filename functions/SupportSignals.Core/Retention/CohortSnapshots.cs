using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>When the snapshot of a day was built (from what it read) and how many accounts it holds.</summary>
public sealed record SnapshotBuild
{
    public required string Day { get; init; }
    public required DateTimeOffset BuiltAt { get; init; }
    public int Accounts { get; init; }
}

/// <summary>
/// Every account's subscription state at midnight UTC of any day, without replaying history: a snapshot every
/// <see cref="EveryDays"/> days (table "CohortSnapshots", PartitionKey = yyyyMMdd, RowKey = account), rolled forward
/// by at most six days of <see cref="MrrChange"/> partitions with the same <c>AccountState.Apply</c> that keeps the
/// Accounts table. A snapshot built before a late change to an earlier day is rebuilt (see <see cref="DayMarks"/>).
/// </summary>
public sealed class CohortSnapshots(
    IRecordStore<AccountState> snapshots,
    IRecordStore<SnapshotBuild> builds,
    IRecordStore<MrrChange> changes,
    DayMarks marks,
    TimeProvider clock)
{
    public const int EveryDays = 7;
    public const string TableName = "CohortSnapshots";
    private const string BuildsPartition = "builds";

    /// <summary>The snapshot day on or before <paramref name="day"/>.</summary>
    public static DateOnly Floor(DateOnly day) => DateOnly.FromDayNumber(day.DayNumber - (day.DayNumber % EveryDays));

    /// <summary>Builds (or rebuilds, when stale) every snapshot up to the one on or before <paramref name="upTo"/>.</summary>
    public async Task EnsureAsync(DateOnly upTo, CancellationToken cancellationToken = default)
    {
        if (await OriginAsync(cancellationToken) is not { } origin) return;
        var built = await BuildsAsync(cancellationToken);
        var late = await marks.LateAsync(DayMarks.Changes, cancellationToken);
        var target = Floor(upTo);
        DateOnly? firstStale = null;
        for (var day = origin.AddDays(EveryDays); day <= target && firstStale is null; day = day.AddDays(EveryDays))
        {
            var key = DayKeys.Of(day);
            if (!built.TryGetValue(day, out var build) || late.Any(m => string.CompareOrdinal(m.Day, key) < 0 && DayMarks.Invalidates(m, build.BuiltAt)))
                firstStale = day;
        }
        if (firstStale is not { } start) return;

        var previous = start.AddDays(-EveryDays);
        var state = previous == origin ? new Dictionary<string, AccountState>() : await ReadAsync(previous, cancellationToken);
        for (var day = start; day <= target; day = day.AddDays(EveryDays))
        {
            var builtAt = clock.GetUtcNow();
            await RollForwardAsync(state, day.AddDays(-EveryDays), day, cancellationToken);
            var key = DayKeys.Of(day);
            await snapshots.UpsertManyAsync([.. state.Values.Select(a => (key, AccountState.PartitionOf(a.Id), a))], cancellationToken);
            await builds.UpsertAsync(BuildsPartition, key, new SnapshotBuild { Day = key, BuiltAt = builtAt, Accounts = state.Count }, cancellationToken);
        }
    }

    /// <summary>Every account known at midnight UTC starting <paramref name="day"/>, by account id.</summary>
    public async Task<Dictionary<string, AccountState>> StateAtAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        if (await OriginAsync(cancellationToken) is not { } origin) return [];
        var built = await BuildsAsync(cancellationToken);
        var from = built.Keys.Where(d => d > origin && d <= day).DefaultIfEmpty(origin).Max();
        var state = from == origin ? [] : await ReadAsync(from, cancellationToken);
        await RollForwardAsync(state, from, day, cancellationToken);
        return state;
    }

    /// <summary>Applies events to a cohort state in time order (the order does not change the result, it reads well).</summary>
    public static void Apply(Dictionary<string, AccountState> state, IEnumerable<CanonicalEvent> events)
    {
        foreach (var e in events.OrderBy(e => e.OccurredAt))
        {
            if (e.AccountId is not { } id) continue;
            if (AccountState.Apply(state.GetValueOrDefault(id), e) is { } next) state[id] = next;
        }
    }

    /// <summary>Moves a state at midnight starting <paramref name="from"/> to midnight starting <paramref name="to"/>.</summary>
    public async Task RollForwardAsync(Dictionary<string, AccountState> state, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to <= from) return;
        var events = new List<CanonicalEvent>();
        var query = new RecordQuery { PartitionFrom = DayKeys.Of(from), PartitionTo = DayKeys.Of(to) };
        await foreach (var change in changes.QueryAsync(query, cancellationToken)) events.Add(change.ToEvent());
        Apply(state, events);
    }

    // The snapshot day on or before the first change: the state there is empty by definition, so it is never stored.
    private async Task<DateOnly?> OriginAsync(CancellationToken cancellationToken)
    {
        var first = await changes.QueryPageAsync(RecordQuery.All, 1, null, cancellationToken);
        return first.Items.Count == 0 ? null : Floor(DayKeys.DayOf(first.Items[0].OccurredAt));
    }

    private async Task<Dictionary<DateOnly, SnapshotBuild>> BuildsAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<DateOnly, SnapshotBuild>();
        await foreach (var build in builds.QueryAsync(RecordQuery.InPartition(BuildsPartition), cancellationToken)) all[DayKeys.Parse(build.Day)] = build;
        return all;
    }

    private async Task<Dictionary<string, AccountState>> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var state = new Dictionary<string, AccountState>();
        await foreach (var account in snapshots.QueryAsync(RecordQuery.InPartition(DayKeys.Of(day)), cancellationToken)) state[account.Id] = account;
        return state;
    }
}
