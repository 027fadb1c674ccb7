using System.Globalization;
using System.Text.Json;
using global::Azure;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Blobs.Models;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// Raw deliveries, packed: the deliveries of concurrent requests are written together as one <em>segment</em>, one
/// blob per source (<c>deliveries/{source}/{yyyyMMdd}/{segment id}</c>), because the storage's cost is per write far
/// more than per byte. A delivery's id is "{segment id}.{slot}", so finding one reads one blob, and it is assigned
/// when the delivery joins its segment: the inbox records it while the segment is still being written. Blobs rather
/// than table rows: a table row holds 1 MiB in 252 properties, and the table emulator re-serialises every stored row
/// on each of its saves, so bodies in rows made its saves grow with the archive (docs/performance.md).
/// </summary>
public sealed class BlobDeliveryArchive : IDeliveryArchive
{
    public const string ContainerName = "deliveries";
    /// <summary>Bodies a segment gathers before another is started; a lookup reads the whole segment.</summary>
    public const int SegmentBytes = 4 * 1024 * 1024;
    private readonly BlobContainerClient _container;
    private readonly StorageCreation _creation;
    private readonly SlottedGroupCommit<RawDelivery> _segments;

    public BlobDeliveryArchive(StorageClients clients)
    {
        _container = clients.Blobs.GetBlobContainerClient(clients.Options.Lower(ContainerName));
        _creation = new(() => _container.CreateIfNotExistsAsync());
        _segments = new SlottedGroupCommit<RawDelivery>(WriteSegmentAsync, () => DeliveryIds.New(DateTimeOffset.UtcNow), SegmentBytes);
    }

    public ArchivedDelivery Store(RawDelivery delivery)
    {
        var (segmentId, slot, written) = _segments.Submit(delivery, delivery.Body.Length);
        return new ArchivedDelivery($"{segmentId}.{slot.ToString(CultureInfo.InvariantCulture)}", StorageFailures.Guard(() => written));
    }

    public async Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        if (!TryParse(deliveryId, out var segmentId, out var slot)) return null;
        var segment = await ReadAsync(source, segmentId, cancellationToken);
        return segment?.Entries.FirstOrDefault(e => e.Slot == slot)?.ToDelivery(source);
    }

    public async Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        if (!TryParse(deliveryId, out var segmentId, out var slot)) return false;
        var blob = _container.GetBlobClient(BlobName(source, segmentId));
        // Other deliveries share the segment: rewrite it without this one, retrying when a concurrent erasure got there first.
        while (true)
        {
            if (await ReadAsync(source, segmentId, cancellationToken) is not { } segment || segment.Entries.All(e => e.Slot != slot)) return false;
            var remaining = segment.Entries.Where(e => e.Slot != slot).ToList();
            var unchanged = new BlobRequestConditions { IfMatch = segment.ETag };
            try
            {
                if (remaining.Count > 0)
                    await StorageFailures.Guard(() => blob.UploadAsync(BinaryData.FromObjectAsJson(remaining), new BlobUploadOptions { Conditions = unchanged }, cancellationToken));
                else
                    await StorageFailures.Guard(() => blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, unchanged, cancellationToken));
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
            }
        }
    }

    /// <summary>Writes a segment's deliveries, one blob per source; each keeps the slot its id names.</summary>
    private async Task WriteSegmentAsync(string segmentId, IReadOnlyList<(int Slot, RawDelivery Delivery)> deliveries)
    {
        await _creation.EnsureAsync();
        await Task.WhenAll(deliveries.GroupBy(d => d.Delivery.Source).Select(sameSource =>
            _container.GetBlobClient(BlobName(sameSource.Key, segmentId))
                .UploadAsync(BinaryData.FromObjectAsJson(sameSource.Select(d => SegmentEntry.Of(d.Slot, d.Delivery)).ToList()))));
    }

    private async Task<StoredSegment?> ReadAsync(string source, string segmentId, CancellationToken cancellationToken)
    {
        try
        {
            var content = await StorageFailures.Guard(() => _container.GetBlobClient(BlobName(source, segmentId)).DownloadContentAsync(cancellationToken));
            return new StoredSegment(content.Value.Content.ToObjectFromJson<List<SegmentEntry>>()!, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static bool TryParse(string deliveryId, out string segmentId, out int slot)
    {
        var dot = deliveryId.LastIndexOf('.');
        segmentId = dot > 0 ? deliveryId[..dot] : "";
        slot = -1;
        return dot >= 8 && char.IsAsciiDigit(segmentId[0])
            && int.TryParse(deliveryId.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out slot);
    }

    private static string BlobName(string source, string segmentId) => $"{StorageKeys.Escape(source)}/{segmentId[..8]}/{segmentId}";

    private sealed record StoredSegment(List<SegmentEntry> Entries, ETag ETag);

    /// <summary>One delivery in a segment; its slot survives the erasure of its segment mates.</summary>
    private sealed record SegmentEntry(int Slot, DateTimeOffset ReceivedAt, string? ContentType, string Url, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
    {
        public static SegmentEntry Of(int slot, RawDelivery delivery) =>
            new(slot, delivery.ReceivedAt.ToUniversalTime(), delivery.ContentType, delivery.Url.ToString(), delivery.Headers, delivery.Body);

        public RawDelivery ToDelivery(string source) => new()
        {
            Source = source,
            ReceivedAt = ReceivedAt,
            ContentType = ContentType,
            Url = new Uri(Url),
            Headers = Headers,
            Body = Body,
        };
    }
}
