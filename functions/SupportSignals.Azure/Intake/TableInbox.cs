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
/// row names it, and the rest are submitted again without it.
/// </summary>
public sealed class TableInbox : IInbox
{
    public const string TableName = "Inbox";
    private const int Shards = 4;
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;
    private readonly GroupCommit<TableEntity, bool> _inserts;

    public TableInbox(StorageClients clients)
    {
        _table = clients.Table(TableName);
        _created = new(() => StorageFailures.Guard(() => _table.CreateIfNotExistsAsync()));
        _inserts = new GroupCommit<TableEntity, bool>(InsertAsync);
    }

    public async Task<IReadOnlyList<Admission>> AdmitAsync(string deliveryId, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var receivedAt = DateTimeOffset.UtcNow;
        var inserted = await StorageFailures.Guard(() => Task.WhenAll(events.Select(e =>
        {
            var (partition, row) = Keys(e);
            return _inserts.SubmitAsync(new TableEntity(partition, row)
            {
                ["deliveryId"] = deliveryId,
                ["type"] = e.Type.ToString(),
                ["occurredAt"] = e.OccurredAt.ToUniversalTime(),
                ["receivedAt"] = receivedAt,
            });
        })));
        var admissions = new Admission[events.Count];
        for (var i = 0; i < events.Count; i++)
            admissions[i] = inserted[i] ? Admission.New : await ExistingAsync(events[i], cancellationToken);
        return admissions;
    }

    public async Task MarkProcessedAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var (partition, row) = Keys(canonicalEvent);
        var processed = new TableEntity(partition, row) { ["processedAt"] = DateTimeOffset.UtcNow };
        await StorageFailures.Guard(() => _table.UpsertEntityAsync(processed, TableUpdateMode.Merge, cancellationToken));
    }

    public async Task<string?> FindDeliveryIdAsync(string source, string eventId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var (partition, row) = Keys(source, eventId);
        var found = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["deliveryId"], cancellationToken));
        return found.HasValue ? found.Value!.GetString("deliveryId") : null;
    }

    private async Task<Admission> ExistingAsync(CanonicalEvent e, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(e);
        var existing = await StorageFailures.Guard(() => _table.GetEntityAsync<TableEntity>(partition, row, ["processedAt"], cancellationToken));
        return existing.Value.ContainsKey("processedAt") ? Admission.DuplicateProcessed : Admission.DuplicatePending;
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
            var remaining = batch;
            while (remaining.Count > 0)
            {
                try
                {
                    await _table.SubmitTransactionAsync(remaining.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e.Entity)));
                    foreach (var (index, _) in remaining) inserted[firsts[index].i] = true;
                    return;
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is { } failed)
                {
                    remaining = [.. remaining.Where((_, i) => i != failed)];
                }
            }
        }));
        return inserted;
    }

    private static (string Partition, string Row) Keys(CanonicalEvent e) => Keys(e.Source, e.Id);

    private static (string Partition, string Row) Keys(string source, string eventId) =>
        ($"{StorageKeys.Escape(source)}-{StorageKeys.Shard(eventId, Shards)}", StorageKeys.Escape(eventId));
}
