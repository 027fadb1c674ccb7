using SupportSignals.Customers;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>
/// Keeps a <see cref="DayRollup"/> for every ended day with facts: built once from the day's facts partition, rebuilt
/// only when a late fact lands in that day after the build. Runs under the nightly job's lease, so builds never overlap.
/// </summary>
public sealed class DayRollups(
    IRecordStore<DayRollup> rollups,
    IRecordStore<DurationChunk> durations,
    IRecordStore<DailyFact> facts,
    CohortSnapshots snapshots,
    DayMarks marks,
    TimeProvider clock)
{
    /// <summary>Builds the missing and stale rollups of <paramref name="from"/>..<paramref name="to"/>.</summary>
    /// <param name="endOfLastDay">The cohort at the end of <paramref name="to"/>, when the caller has it already.</param>
    /// <returns>How many days were (re)built.</returns>
    public async Task<int> EnsureAsync(DateOnly from, DateOnly to, IReadOnlyDictionary<string, AccountState>? endOfLastDay, CancellationToken cancellationToken = default)
    {
        var existing = await ReadAsync(from, to, cancellationToken);
        var late = (await marks.LateAsync(DayMarks.Facts, cancellationToken)).ToDictionary(m => m.Day);
        var written = await marks.DaysWrittenAsync(DayMarks.Facts, from, to, cancellationToken);
        var cohort = new CohortCursor(snapshots);
        var built = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var key = DayKeys.Of(day);
            // A day nothing was ever filed for needs no rollup: no row reads as nothing to count.
            if (existing.TryGetValue(day, out var rollup) ? !(late.TryGetValue(key, out var mark) && DayMarks.Invalidates(mark, rollup.BuiltAt)) : !written.Contains(key))
                continue;
            var builtAt = clock.GetUtcNow();
            var dayFacts = new List<DailyFact>();
            await foreach (var fact in facts.QueryAsync(RecordQuery.InPartition(key), cancellationToken)) dayFacts.Add(fact);
            var accounts = dayFacts.Count == 0 ? new Dictionary<string, AccountState>()
                : day == to && endOfLastDay is not null ? endOfLastDay
                : await cohort.AtAsync(day.AddDays(1), cancellationToken);
            var (next, chunks) = DayRollup.Build(key, builtAt, dayFacts, accounts);
            await ReplaceAsync(key, next, chunks, cancellationToken);
            built++;
        }
        return built;
    }

    public async Task<Dictionary<DateOnly, DayRollup>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<DateOnly, DayRollup>();
        var query = Range(from, to) with { RowFrom = DayRollup.Row, RowTo = DayRollup.Row + "|" };
        await foreach (var rollup in rollups.QueryAsync(query, cancellationToken)) all[DayKeys.Parse(rollup.Day)] = rollup;
        return all;
    }

    public async Task<IReadOnlyList<DurationChunk>> ReadDurationsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var all = new List<DurationChunk>();
        var query = Range(from, to) with { RowFrom = DayRollup.DurationRowPrefix, RowTo = DayRollup.DurationRowPrefix[..^1] + "}" };
        await foreach (var chunk in durations.QueryAsync(query, cancellationToken)) all.Add(chunk);
        return all;
    }

    private async Task ReplaceAsync(string day, DayRollup rollup, IReadOnlyList<DurationChunk> chunks, CancellationToken cancellationToken)
    {
        var keep = chunks.Select(c => c.Row).ToHashSet(StringComparer.Ordinal);
        var query = new RecordQuery { Partition = day, RowFrom = DayRollup.DurationRowPrefix, RowTo = DayRollup.DurationRowPrefix[..^1] + "}" };
        await foreach (var old in durations.QueryAsync(query, cancellationToken))
            if (!keep.Contains(old.Row)) await durations.DeleteAsync(day, old.Row, cancellationToken);
        await durations.UpsertManyAsync([.. chunks.Select(c => (day, c.Row, c))], cancellationToken);
        // The rollup row last: until it is written the day reads as not built.
        await rollups.UpsertAsync(day, DayRollup.Row, rollup, cancellationToken);
    }

    private static RecordQuery Range(DateOnly from, DateOnly to) => new() { PartitionFrom = DayKeys.Of(from), PartitionTo = DayKeys.Of(to.AddDays(1)) };

    /// <summary>Cohorts at consecutive day ends, rolled forward a day at a time rather than re-read from a snapshot.</summary>
    private sealed class CohortCursor(CohortSnapshots snapshots)
    {
        private Dictionary<string, AccountState>? _state;
        private DateOnly _at;

        public async Task<Dictionary<string, AccountState>> AtAsync(DateOnly day, CancellationToken cancellationToken)
        {
            if (_state is null || day < _at || day.DayNumber - _at.DayNumber > CohortSnapshots.EveryDays)
                _state = await snapshots.StateAtAsync(day, cancellationToken);
            else
                await snapshots.RollForwardAsync(_state, _at, day, cancellationToken);
            _at = day;
            return _state;
        }
    }
}
