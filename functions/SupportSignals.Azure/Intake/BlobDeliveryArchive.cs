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
/// Raw deliveries, packed: the deliveries of concurrent requests are written together as one <em>segment</em> blob
/// per source (<c>deliveries/{source}/{yyyyMMdd}/{segment id}</c>), because the storage's cost is per write far more
/// than per byte. A delivery's id is "{segment id}.{slot}", so finding one reads one blob. Blobs rather than table
/// rows: a table row holds 1 MiB in 252 properties, and the table emulator re-serialises every stored row on each of
/// its saves, so bodies in rows made its saves grow with the archive (docs/performance.md).
/// </summary>
public sealed class BlobDeliveryArchive : IDeliveryArchive
{
    public const string ContainerName = "deliveries";
    /// <summary>Bodies a segment gathers before another is started; a lookup reads the whole segment.</summary>
    public const int SegmentBytes = 4 * 1024 * 1024;
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;
    private readonly GroupCommit<RawDelivery, string> _writes;

    public BlobDeliveryArchive(StorageClients clients)
    {
        _container = clients.Blobs.GetBlobContainerClient(clients.Options.Lower(ContainerName));
        _created = new(() => StorageFailures.Guard(() => _container.CreateIfNotExistsAsync()));
        _writes = new GroupCommit<RawDelivery, string>(WriteSegmentsAsync);
    }

    public async Task<string> StoreAsync(RawDelivery delivery, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        return await StorageFailures.Guard(() => _writes.SubmitAsync(delivery));
    }

    public async Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        if (!TryParse(deliveryId, out var segmentId, out var slot)) return null;
        var segment = await ReadAsync(source, segmentId, cancellationToken);
        return segment?.Entries.FirstOrDefault(e => e.Slot == slot)?.ToDelivery(source);
    }

    public async Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
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

    /// <summary>Packs the gathered deliveries into one segment per source (more when they exceed <see cref="SegmentBytes"/>) and writes them.</summary>
    /// <returns>Each delivery's id, in order.</returns>
    private async Task<IReadOnlyList<string>> WriteSegmentsAsync(IReadOnlyList<RawDelivery> deliveries)
    {
        var ids = new string[deliveries.Count];
        var segments = new List<(string Source, string Id, List<SegmentEntry> Entries)>();
        foreach (var sameSource in deliveries.Select((delivery, index) => (delivery, index)).GroupBy(d => d.delivery.Source))
        {
            List<SegmentEntry>? entries = null;
            var bytes = 0;
            foreach (var (delivery, index) in sameSource)
            {
                if (entries is null || (entries.Count > 0 && bytes + delivery.Body.Length > SegmentBytes))
                {
                    entries = [];
                    segments.Add((sameSource.Key, DeliveryIds.New(DateTimeOffset.UtcNow), entries));
                    bytes = 0;
                }
                entries.Add(SegmentEntry.Of(entries.Count, delivery));
                ids[index] = $"{segments[^1].Id}.{(entries.Count - 1).ToString(CultureInfo.InvariantCulture)}";
                bytes += delivery.Body.Length;
            }
        }
        await Task.WhenAll(segments.Select(segment => _container.GetBlobClient(BlobName(segment.Source, segment.Id))
            .UploadAsync(BinaryData.FromObjectAsJson(segment.Entries))));
        return ids;
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
