using System.Text.Json;
using global::Azure.Data.Tables;
using global::Azure.Storage.Blobs;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// Raw deliveries: PartitionKey "{source}-{yyyyMMdd}" (the delivery id starts with its receive time, so it finds
/// its own partition), RowKey the delivery id. Bodies up to 48 KiB sit in the row, and rows from concurrent requests
/// are group-committed; larger bodies go to the <c>deliveries</c> blob container (a table property holds 64 KiB).
/// </summary>
public sealed class TableDeliveryArchive : IDeliveryArchive
{
    public const string TableName = "Deliveries";
    public const int InlineBodyLimit = 48 * 1024;
    private readonly TableClient _table;
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;
    private readonly Lazy<Task> _containerCreated;
    private readonly GroupCommit<TableEntity, bool> _writes;

    public TableDeliveryArchive(StorageClients clients)
    {
        _table = clients.Table(TableName);
        _container = clients.Blobs.GetBlobContainerClient(clients.Options.Lower("deliveries"));
        _created = new(() => StorageFailures.Guard(() => _table.CreateIfNotExistsAsync()));
        _containerCreated = new(() => StorageFailures.Guard(() => _container.CreateIfNotExistsAsync()));
        _writes = new GroupCommit<TableEntity, bool>(UpsertAsync);
    }

    public async Task StoreAsync(RawDelivery delivery, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var entity = new TableEntity(Partition(delivery.Source, delivery.Id), delivery.Id)
        {
            ["source"] = delivery.Source,
            ["receivedAt"] = delivery.ReceivedAt.ToUniversalTime(),
            ["contentType"] = delivery.ContentType,
            ["url"] = delivery.Url.ToString(),
            ["headers"] = JsonSerializer.Serialize(delivery.Headers),
        };
        if (delivery.Body.Length <= InlineBodyLimit)
        {
            entity["body"] = delivery.Body.ToArray();
        }
        else
        {
            await _containerCreated.Value;
            var blobName = $"{delivery.Source}/{delivery.Id}";
            await StorageFailures.Guard(() => _container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(delivery.Body), overwrite: true, cancellationToken));
            entity["blob"] = blobName;
        }
        await StorageFailures.Guard(() => _writes.SubmitAsync(entity));
    }

    public async Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var response = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(Partition(source, deliveryId), deliveryId, cancellationToken: cancellationToken));
        if (!response.HasValue || response.Value is not { } entity) return null;
        var body = entity.GetBinary("body") is { } inline
            ? inline
            : (await StorageFailures.Guard(() => _container.GetBlobClient(entity.GetString("blob")).DownloadContentAsync(cancellationToken))).Value.Content.ToArray();
        return new RawDelivery
        {
            Id = deliveryId,
            Source = entity.GetString("source"),
            ReceivedAt = entity.GetDateTimeOffset("receivedAt") ?? default,
            ContentType = entity.GetString("contentType"),
            Url = new Uri(entity.GetString("url")),
            Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("headers")) ?? [],
            Body = body,
        };
    }

    public async Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var partition = Partition(source, deliveryId);
        var response = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(partition, deliveryId, ["blob"], cancellationToken));
        if (!response.HasValue || response.Value is not { } entity) return false;
        if (entity.GetString("blob") is { } blobName)
            await StorageFailures.Guard(() => _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken));
        await StorageFailures.Guard(() => _table.DeleteEntityAsync(partition, deliveryId, global::Azure.ETag.All, cancellationToken));
        return true;
    }

    private async Task<IReadOnlyList<bool>> UpsertAsync(IReadOnlyList<TableEntity> entities)
    {
        await Task.WhenAll(TableBatches.Split(entities).Select(batch =>
            _table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e.Entity)))));
        return [.. entities.Select(_ => true)];
    }

    private static string Partition(string source, string deliveryId) => $"{StorageKeys.Escape(source)}-{deliveryId[..8]}";
}
