using SupportSignals.Storage;

namespace SupportSignals.Processing;

/// <summary>
/// The rows the projections of one event have read or written so far. Several projections need the record an
/// earlier one has just merged (the NPS response, its analysis, the ticket): they take it from here instead of
/// reading it back, which was most of an event's table round trips. This is as safe under concurrent consumers as the
/// read it replaces: the record handed over was the stored version when it was read or written, which a read at that
/// moment would have returned, and projections already tolerate another consumer's write overtaking any read.
/// </summary>
/// <remarks>One per event; projections of an event run one after another, so it needs no locking.</remarks>
public sealed class KnownRecords
{
    // Keyed by the store, not the record type: one record type may live in two tables (account state, snapshots).
    private readonly Dictionary<(object Store, string Partition, string Row), object?> _rows = [];
    private readonly HashSet<(object Store, string Partition, string Row)> _created = [];

    /// <summary>The row as last read or written while processing this event, read from the store only the first time.</summary>
    public async Task<T?> FindAsync<T>(IRecordStore<T> store, string partition, string row, CancellationToken cancellationToken = default) where T : class
    {
        if (_rows.TryGetValue((store, partition, row), out var known)) return (T?)known;
        return Remember(store, partition, row, await store.FindAsync(partition, row, cancellationToken));
    }

    /// <summary><see cref="InsertOrUpdate.InsertOrUpdateAsync"/>, remembering the row as stored afterwards.</summary>
    /// <param name="stored">The keys of <paramref name="store"/> seen stored lately (the caller's, shared by its events).</param>
    public async Task<T?> UpdateAsync<T>(IRecordStore<T> store, RecentKeys stored, string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default) where T : class
    {
        var absent = false;
        var result = await store.InsertOrUpdateAsync(stored, partition, row, current =>
        {
            absent = current is null;
            return change(current);
        }, cancellationToken);
        if (absent && result is not null) _created.Add((store, partition, row));
        return Remember(store, partition, row, result);
    }

    /// <summary><see cref="IRecordStore{T}.UpsertAsync"/>, remembering the row as written.</summary>
    public async Task UpsertAsync<T>(IRecordStore<T> store, string partition, string row, T record, CancellationToken cancellationToken = default) where T : class
    {
        await store.UpsertAsync(partition, row, record, cancellationToken);
        if (_rows.TryGetValue((store, partition, row), out var before) && before is null) _created.Add((store, partition, row));
        Remember(store, partition, row, record);
    }

    /// <summary>
    /// Takes the row as absent without reading it: for a row derived from a record this event created just now (its
    /// analysis), which most likely does not exist yet either. A write after this counts as creating the row.
    /// </summary>
    public void AssumeAbsent<T>(IRecordStore<T> store, string partition, string row) where T : class => _rows.TryAdd((store, partition, row), null);

    /// <summary>
    /// Whether this event's projections wrote the row where it was found absent: what is derived from a record
    /// created just now (its filed facts) most likely does not exist yet either.
    /// </summary>
    public bool Created<T>(IRecordStore<T> store, string partition, string row) where T : class => _created.Contains((store, partition, row));

    private T? Remember<T>(IRecordStore<T> store, string partition, string row, T? record) where T : class
    {
        _rows[(store, partition, row)] = record;
        return record;
    }
}
