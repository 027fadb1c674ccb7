using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>
/// Files an entity's facts under the days they count in. Idempotent: a redelivered event joins nothing new and
/// writes nothing but re-checks its copies (so a crash between the two writes heals on redelivery). Concurrent
/// filings of one entity serialise on the entity row's ETag; each day's copy keeps the highest version.
/// </summary>
public sealed class FactFiling<T>(IRecordStore<FactEntity<T>> entities, IRecordStore<DailyFact> facts, DayMarks marks)
    where T : class, IFactInputs<T>
{
    /// <param name="likelyFirst">
    /// The entity has most likely never been filed (its record was created just now): its row is inserted without a
    /// read, and read only when that insert finds one.
    /// </param>
    public async Task FileAsync(T candidate, bool likelyFirst, CancellationToken cancellationToken = default)
    {
        var partition = StorageKeys.Escape($"{candidate.Group}|{candidate.Key}");
        IReadOnlyList<FiledAt> before = [];
        var first = Next(null, candidate)!;
        var entity = likelyFirst && await entities.TryInsertAsync(partition, FactEntity<T>.Row, first, cancellationToken)
            ? first
            : await entities.UpdateAsync(partition, FactEntity<T>.Row, current =>
            {
                before = current?.Filed ?? [];
                return Next(current, candidate);
            }, cancellationToken);
        var current = entity!.Inputs.Facts();
        var key = candidate.Key;
        foreach (var filed in entity.Filed)
        {
            var copy = (current.FirstOrDefault(f => f.Kind == filed.Kind && f.Day == filed.Day) ?? DailyFact.Tombstone(filed.Kind, key, filed.Day))
                with
            { Version = entity.Version };
            var row = DailyFact.RowOf(filed.Kind, key);
            // A day this filing added has no copy yet unless a concurrent, newer filing wrote one: insert without a read.
            var wrote = !before.Contains(filed) && await facts.TryInsertAsync(filed.Day, row, copy, cancellationToken);
            if (!wrote)
            {
                await facts.UpdateAsync(filed.Day, row, existing =>
                {
                    wrote = existing is null || existing.Version < copy.Version;
                    return wrote ? copy : null;
                }, cancellationToken);
            }
            if (wrote) await marks.NoteWriteAsync(DayMarks.Facts, filed.Day, cancellationToken);
        }
    }

    private static FactEntity<T>? Next(FactEntity<T>? current, T candidate)
    {
        var joined = current is null ? candidate : current.Inputs.Join(candidate);
        if (current is not null && joined.Equals(current.Inputs)) return current;
        var filed = (current?.Filed ?? []).Concat(joined.Facts().Select(f => new FiledAt(f.Kind, f.Day))).Distinct().ToList();
        return new FactEntity<T> { Inputs = joined, Version = (current?.Version ?? 0) + 1, Filed = filed };
    }
}
