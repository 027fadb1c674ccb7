using System.Collections.Concurrent;
using global::Azure.Data.Tables;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// The dedupe table. PartitionKey "{source}-{shard}" spreads one busy vendor over 4 partitions; RowKey is the
/// vendor's event id, so admission is an insert and a duplicate is detected by the 409 it gets. Inserts from
/// concurrent requests are group-committed as entity-group transactions; a transaction that hits an existing
/// row is tried again without it (<see cref="InsertNewAsync"/>); a key a concurrent request of this instance is
/// inserting is waited for, not inserted twice; keys this instance stored lately skip the insert
/// (<see cref="RecentKeys"/>: a sender's retry usually follows its first try within minutes, and a conflict costs the
/// batch a failed try). Each redelivery of an event leaves a row "{event row}%|{delivery id}"
/// beside the event's row: it archived a raw copy of its own, which erasure must find. Escaped keys never hold "%|",
/// so those rows sort right after their event's row and never among another event's.
/// </summary>
public sealed class TableInbox : IInbox
{
    public const string TableName = "Inbox";
    private const int Shards = 4;
    /// <summary>Conflicts one batch may meet, one retry each, before its remaining rows are looked up.</summary>
    private const int ConflictsBeforeLookup = 3;
    private const string RedeliveryMark = "%|";
    private readonly TableClient _table;
    private readonly StorageCreation _creation;
    private readonly GroupCommit<TableEntity, bool> _inserts;
    private readonly RecentKeys _recent = new();
    private readonly ConcurrentDictionary<(string Partition, string Row), Task<bool>> _inserting = new();

    public TableInbox(StorageClients clients)
    {
        _table = clients.Table(TableName);
        _creation = new(() => _table.CreateIfNotExistsAsync());
        _inserts = new GroupCommit<TableEntity, bool>(InsertAsync);
    }

    public async Task<IReadOnlyList<Admission>> AdmitAsync(string deliveryId, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        var keys = events.Select(Keys).ToList();
        var admissions = new Admission?[events.Count];
        var redelivered = new bool[events.Count];
        // A key stored lately is most likely a sender's retry: its redelivery row is written while its row is read,
        // not after, so a retry costs one round trip here, as a new event does.
        var lookups = keys.Select((key, i) => (i, key)).Where(k => _recent.Contains(k.key.Partition, k.key.Row))
            .Select(k => (Index: k.i, Known: ExistingAsync(k.key.Partition, k.key.Row, cancellationToken))).ToList();
        var early = lookups.Select(lookup => RecordRedeliveryAsync(keys[lookup.Index], deliveryId)).ToList();
        await StorageFailures.Guard(() => Task.WhenAll(lookups.Select(lookup => (Task)lookup.Known).Concat(early)));
        foreach (var (index, known) in lookups)
        {
            admissions[index] = known.Result;
            redelivered[index] = true;
        }

        var inserts = keys.Select((key, i) => (i, key)).Where(k => admissions[k.i] is null)
            .Select(k => (Index: k.i, Admitted: InsertOnceAsync(k.key.Partition, k.key.Row, deliveryId))).ToList();
        await StorageFailures.Guard(() => Task.WhenAll(inserts.Select(insert => insert.Admitted)));
        foreach (var (index, admitted) in inserts)
        {
            var (partition, row) = keys[index];
            _recent.Add(partition, row);
            admissions[index] = admitted.Result ?? Admission.Duplicate;
        }
        var late = keys.Where((_, i) => admissions[i] != Admission.New && !redelivered[i]).Select(key => RecordRedeliveryAsync(key, deliveryId));
        await StorageFailures.Guard(() => Task.WhenAll(late));
        return [.. admissions.Select(a => a!.Value)];
    }

    /// <summary>A redelivery archived a raw copy of its own, which erasure must find.</summary>
    private Task<bool> RecordRedeliveryAsync((string Partition, string Row) key, string deliveryId) =>
        _inserts.SubmitAsync(new TableEntity(key.Partition, RedeliveryRow(key.Row, deliveryId)) { ["deliveryId"] = deliveryId });

    public async Task<IReadOnlyList<string>> FindDeliveryIdsAsync(string source, string eventId, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        var (partition, row) = Keys(source, eventId);
        // One key range from the event's row to the end of its redelivery rows (an OR of keys would be a partition
        // scan); events whose ids extend this one may sort inside it and are left out here. A retry that found its
        // event's row erased stores it again beside its redelivery row, so one id may be found twice.
        var redeliveries = RedeliveryRow(row, "");
        var end = row + RedeliveryMark[0] + (char)(RedeliveryMark[1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {row} and RowKey lt {end}");
        return await StorageFailures.Guard(async () =>
        {
            var found = new List<string>();
            await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: ["RowKey", "deliveryId"], cancellationToken: cancellationToken))
                if ((entity.RowKey == row || entity.RowKey.StartsWith(redeliveries, StringComparison.Ordinal)) && entity.GetString("deliveryId") is { } deliveryId)
                    found.Add(deliveryId);
            return found.Distinct().ToList();
        });
    }

    /// <summary>
    /// Inserts the row unless a concurrent request of this instance is inserting it already: a sender that retries
    /// before its first try was answered (or sends one event twice) then waits for that insert instead of sending
    /// one of its own, which would fail its whole batch transaction.
    /// </summary>
    /// <returns>New when this call stored the row, a duplicate when a concurrent call did, null when it was there before.</returns>
    private async Task<Admission?> InsertOnceAsync(string partition, string row, string deliveryId)
    {
        var key = (partition, row);
        var claim = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!_inserting.TryAdd(key, claim.Task))
        {
            if (!_inserting.TryGetValue(key, out var concurrent)) continue;
            // Its failure is this request's too: answering 2xx here would acknowledge an event nobody stored.
            return await concurrent ? Admission.Duplicate : null;
        }
        try
        {
            var inserted = await _inserts.SubmitAsync(new TableEntity(partition, row) { ["deliveryId"] = deliveryId });
            claim.SetResult(inserted);
            return inserted ? Admission.New : null;
        }
        catch (Exception ex)
        {
            claim.SetException(ex);
            // Observed here, as no concurrent request may be waiting for it.
            _ = claim.Task.Exception;
            throw;
        }
        finally
        {
            _inserting.TryRemove(key, out _);
        }
    }

    private async Task<Admission?> ExistingAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var existing = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["RowKey"], cancellationToken));
        return existing.HasValue ? Admission.Duplicate : null;
    }

    /// <returns>Per entity: inserted now (true) or already there (false).</returns>
    private async Task<IReadOnlyList<bool>> InsertAsync(IReadOnlyList<TableEntity> entities)
    {
        var inserted = new bool[entities.Count];
        // The same event in two concurrent requests: one transaction may not hold a row twice, so only the first goes.
        var firsts = entities.Select((e, i) => (e, i)).GroupBy(x => (x.e.PartitionKey, x.e.RowKey)).Select(g => g.First()).ToList();
        var distinct = firsts.Select(x => x.e).ToList();
        await Task.WhenAll(TableBatches.Split(distinct).Select(async batch =>
        {
            foreach (var (index, _) in await InsertNewAsync(batch)) inserted[firsts[index].i] = true;
        }));
        return inserted;
    }

    /// <summary>
    /// Inserts a one-partition batch in a transaction. A transaction fails whole on the first row that exists and
    /// names only that one: it is dropped and the rest tried again, as most conflicting batches hold one or two such
    /// rows. A batch that keeps conflicting (a backlog redelivered to another instance) has its rows looked up instead,
    /// each a point read: a query for several row keys would scan the whole partition, which only grows.
    /// </summary>
    /// <returns>The entities inserted now.</returns>
    private async Task<List<(int Index, TableEntity Entity)>> InsertNewAsync(List<(int Index, TableEntity Entity)> batch)
    {
        var remaining = batch;
        for (var conflicts = 1; remaining.Count > 0; conflicts++)
        {
            try
            {
                await _table.SubmitTransactionAsync(remaining.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e.Entity)));
                return remaining;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is { } failed)
            {
                remaining = [.. remaining.Where((_, i) => i != failed)];
                if (conflicts >= ConflictsBeforeLookup) remaining = await WithoutExistingAsync(remaining);
            }
        }
        return remaining;
    }

    private async Task<List<(int Index, TableEntity Entity)>> WithoutExistingAsync(List<(int Index, TableEntity Entity)> batch)
    {
        var existing = await Task.WhenAll(batch.Select(e => ExistingAsync(e.Entity.PartitionKey, e.Entity.RowKey, CancellationToken.None)));
        return [.. batch.Where((_, i) => existing[i] is null)];
    }

    private static string RedeliveryRow(string eventRow, string deliveryId) => eventRow + RedeliveryMark + StorageKeys.Escape(deliveryId);

    private static (string Partition, string Row) Keys(CanonicalEvent e) => Keys(e.Source, e.Id);

    private static (string Partition, string Row) Keys(string source, string eventId) =>
        ($"{StorageKeys.Escape(source)}-{StorageKeys.Shard(eventId, Shards)}", StorageKeys.Escape(eventId));
}
