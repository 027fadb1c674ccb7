using System.Globalization;
using System.Text.Json;
using global::Azure;
using global::Azure.Data.Tables;
using global::Azure.Storage.Blobs;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// Raw deliveries, packed: the deliveries of concurrent requests are committed together as a few <em>segment</em>
/// rows (PartitionKey "{source}-{yyyyMMdd}", RowKey the segment id), up to <see cref="MaxPerSegment"/> deliveries
/// each, because the storage's cost is per row far more than per byte — one row per request held intake to a
/// fraction of the storage's write rate. A delivery's id is "{segment id}.{slot}", so finding one is a point read.
/// Bodies up to 48 KiB sit in the row (a table property holds 64 KiB); larger bodies go to the <c>deliveries</c>
/// blob container.
/// </summary>
public sealed class TableDeliveryArchive : IDeliveryArchive
{
    public const string TableName = "Deliveries";
    public const int InlineBodyLimit = 48 * 1024;
    /// <summary>Two properties a delivery, under the 252 a row may hold.</summary>
    public const int MaxPerSegment = 100;
    /// <summary>Well under the 1 MiB a row may hold, whatever the headers add.</summary>
    private const int SegmentBytes = 768 * 1024;
    private const string SourceProperty = "source";
    private readonly TableClient _table;
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;
    private readonly Lazy<Task> _containerCreated;
    private readonly GroupCommit<Slot, string> _writes;

    public TableDeliveryArchive(StorageClients clients)
    {
        _table = clients.Table(TableName);
        _container = clients.Blobs.GetBlobContainerClient(clients.Options.Lower("deliveries"));
        _created = new(() => StorageFailures.Guard(() => _table.CreateIfNotExistsAsync()));
        _containerCreated = new(() => StorageFailures.Guard(() => _container.CreateIfNotExistsAsync()));
        _writes = new GroupCommit<Slot, string>(AddSegmentsAsync);
    }

    public async Task<string> StoreAsync(RawDelivery delivery, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var metadata = new SlotMetadata(delivery.ReceivedAt.ToUniversalTime(), delivery.ContentType, delivery.Url.ToString(), delivery.Headers, Blob: null);
        if (delivery.Body.Length <= InlineBodyLimit)
            return await StorageFailures.Guard(() => _writes.SubmitAsync(new Slot(delivery.Source, metadata, delivery.Body.ToArray())));

        await _containerCreated.Value;
        var blobName = $"{delivery.Source}/{Guid.NewGuid():N}";
        await StorageFailures.Guard(() => _container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(delivery.Body), overwrite: true, cancellationToken));
        return await StorageFailures.Guard(() => _writes.SubmitAsync(new Slot(delivery.Source, metadata with { Blob = blobName }, Body: null)));
    }

    public async Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        if (!TryParse(source, deliveryId, out var address)) return null;
        var response = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(
            address.Partition, address.Segment, [SourceProperty, address.MetadataProperty, address.BodyProperty], cancellationToken));
        if (!response.HasValue || response.Value!.GetString(address.MetadataProperty) is not { } json) return null;
        var metadata = JsonSerializer.Deserialize<SlotMetadata>(json)!;
        var body = metadata.Blob is { } blobName
            ? (await StorageFailures.Guard(() => _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken))).Value.Content.ToArray()
            : response.Value.GetBinary(address.BodyProperty);
        return new RawDelivery
        {
            Source = response.Value.GetString(SourceProperty),
            ReceivedAt = metadata.ReceivedAt,
            ContentType = metadata.ContentType,
            Url = new Uri(metadata.Url),
            Headers = metadata.Headers,
            Body = body,
        };
    }

    public async Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        if (!TryParse(source, deliveryId, out var address)) return false;
        // Other deliveries share the row: rewrite it without this one, retrying when a concurrent erasure got there first.
        while (true)
        {
            var response = await StorageFailures.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(address.Partition, address.Segment, cancellationToken: cancellationToken));
            if (!response.HasValue || response.Value!.GetString(address.MetadataProperty) is not { } json) return false;
            var stored = response.Value;
            if (JsonSerializer.Deserialize<SlotMetadata>(json)!.Blob is { } blobName)
                await StorageFailures.Guard(() => _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken));
            var others = stored.Where(p => IsSlotProperty(p.Key) && p.Key != address.MetadataProperty && p.Key != address.BodyProperty).ToList();
            var remaining = new TableEntity(address.Partition, address.Segment) { [SourceProperty] = stored.GetString(SourceProperty) };
            foreach (var (property, value) in others) remaining[property] = value;
            try
            {
                if (others.Count > 0)
                    await StorageFailures.Guard(() => _table.UpdateEntityAsync(remaining, stored.ETag, TableUpdateMode.Replace, cancellationToken));
                else
                    await StorageFailures.Guard(() => _table.DeleteEntityAsync(address.Partition, address.Segment, stored.ETag, cancellationToken));
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
            }
        }
    }

    /// <summary>Packs the gathered deliveries into segment rows and adds them in per-partition transactions.</summary>
    /// <returns>Each delivery's id, in order.</returns>
    private async Task<IReadOnlyList<string>> AddSegmentsAsync(IReadOnlyList<Slot> slots)
    {
        var ids = new string[slots.Count];
        var segments = new List<TableEntity>();
        foreach (var sameSource in slots.Select((slot, index) => (slot, index)).GroupBy(s => s.slot.Source))
        {
            TableEntity? segment = null;
            int filled = 0, bytes = 0;
            foreach (var (slot, index) in sameSource)
            {
                var json = JsonSerializer.Serialize(slot.Metadata);
                var size = (slot.Body?.Length ?? 0) + (2 * json.Length) + 16;
                if (segment is null || filled == MaxPerSegment || bytes + size > SegmentBytes)
                {
                    var segmentId = DeliveryIds.New(DateTimeOffset.UtcNow);
                    segment = new TableEntity(Partition(slot.Source, segmentId), segmentId) { [SourceProperty] = slot.Source };
                    segments.Add(segment);
                    (filled, bytes) = (0, 0);
                }
                segment[MetadataProperty(filled)] = json;
                if (slot.Body is { } body) segment[BodyProperty(filled)] = body;
                ids[index] = $"{segment.RowKey}.{filled.ToString(CultureInfo.InvariantCulture)}";
                filled++;
                bytes += size;
            }
        }
        await Task.WhenAll(TableBatches.Split(segments).Select(batch =>
            _table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e.Entity)))));
        return ids;
    }

    private static bool TryParse(string source, string deliveryId, out SlotAddress address)
    {
        var dot = deliveryId.LastIndexOf('.');
        if (dot < 8 || !int.TryParse(deliveryId.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var slot) || slot >= MaxPerSegment)
        {
            address = default;
            return false;
        }
        var segment = deliveryId[..dot];
        address = new SlotAddress(Partition(source, segment), segment, MetadataProperty(slot), BodyProperty(slot));
        return true;
    }

    private static string Partition(string source, string segmentId) => $"{StorageKeys.Escape(source)}-{segmentId[..8]}";

    private static string MetadataProperty(int slot) => "m" + slot.ToString(CultureInfo.InvariantCulture);

    private static string BodyProperty(int slot) => "b" + slot.ToString(CultureInfo.InvariantCulture);

    private static bool IsSlotProperty(string property) => property.Length > 1 && property[0] is 'm' or 'b' && char.IsAsciiDigit(property[1]);

    private sealed record Slot(string Source, SlotMetadata Metadata, byte[]? Body);

    private sealed record SlotMetadata(DateTimeOffset ReceivedAt, string? ContentType, string Url, IReadOnlyDictionary<string, string> Headers, string? Blob);

    private readonly record struct SlotAddress(string Partition, string Segment, string MetadataProperty, string BodyProperty);
}
