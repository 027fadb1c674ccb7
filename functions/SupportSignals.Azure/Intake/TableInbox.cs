using global::Azure;
using global::Azure.Data.Tables;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// The dedupe table. PartitionKey "{source}-{shard}" spreads one busy vendor over 16 partitions; RowKey is the
/// vendor's event id, so admission is one insert and a duplicate is detected by the 409 it gets.
/// </summary>
public sealed class TableInbox(StorageClients clients) : IInbox
{
    public const string TableName = "Inbox";
    private const int Shards = 16;
    private readonly TableClient _table = clients.Table(TableName);
    private readonly Lazy<Task> _created = new(() => StorageFailures.Guard(() => clients.Table(TableName).CreateIfNotExistsAsync()));

    public async Task<IReadOnlyList<Admission>> AdmitAsync(string deliveryId, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        return await Task.WhenAll(events.Select(e => AdmitOneAsync(deliveryId, e, cancellationToken)));
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

    private async Task<Admission> AdmitOneAsync(string deliveryId, CanonicalEvent e, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(e);
        var entity = new TableEntity(partition, row)
        {
            ["deliveryId"] = deliveryId,
            ["type"] = e.Type.ToString(),
            ["occurredAt"] = e.OccurredAt.ToUniversalTime(),
            ["receivedAt"] = DateTimeOffset.UtcNow,
        };
        try
        {
            await StorageFailures.Guard(() => _table.AddEntityAsync(entity, cancellationToken));
            return Admission.New;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await StorageFailures.Guard(() => _table.GetEntityAsync<TableEntity>(partition, row, ["processedAt"], cancellationToken));
            return existing.Value.ContainsKey("processedAt") ? Admission.DuplicateProcessed : Admission.DuplicatePending;
        }
    }

    private static (string Partition, string Row) Keys(CanonicalEvent e) => Keys(e.Source, e.Id);

    private static (string Partition, string Row) Keys(string source, string eventId) =>
        ($"{StorageKeys.Escape(source)}-{StorageKeys.Shard(eventId, Shards):D2}", StorageKeys.Escape(eventId));
}
