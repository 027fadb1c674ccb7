using global::Azure.Storage.Blobs;
using global::Azure.Storage.Queues;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Azure.Processing;

/// <summary>
/// Canonical events on an Azure Storage queue (Azurite locally). A Storage message holds 64 KiB after base64,
/// so an event over <see cref="InlineLimit"/> bytes travels as a reference to a blob.
/// </summary>
public sealed class StorageEventQueue(StorageClients clients) : IEventQueue
{
    public const int InlineLimit = 45 * 1024;
    public const string BlobReferencePrefix = "blob:";
    private readonly QueueClient _queue = clients.Queues.GetQueueClient(clients.Options.Lower(clients.Options.EventsQueue));
    private readonly BlobContainerClient _overflow = clients.Blobs.GetBlobContainerClient(clients.Options.Lower("queue-overflow"));
    private readonly Lazy<Task> _created = new(() => StorageFailures.Guard(async () =>
    {
        await clients.Queues.GetQueueClient(clients.Options.Lower(clients.Options.EventsQueue)).CreateIfNotExistsAsync();
        await clients.Blobs.GetBlobContainerClient(clients.Options.Lower("queue-overflow")).CreateIfNotExistsAsync();
    }));

    public QueueClient Queue => _queue;

    public async Task EnqueueAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        await Task.WhenAll(events.Select(e => SendAsync(EventJson.Serialize(e), cancellationToken)));
    }

    /// <summary>Messages waiting or in flight (Storage counts invisible messages too): zero means drained.</summary>
    public async Task<int> DepthAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value;
        return (await StorageFailures.Guard(() => _queue.GetPropertiesAsync(cancellationToken))).Value.ApproximateMessagesCount;
    }

    /// <summary>The event JSON a message carries, fetching it from the overflow container when it is a reference.</summary>
    public async Task<string> ReadBodyAsync(string messageText, CancellationToken cancellationToken = default)
    {
        if (!messageText.StartsWith(BlobReferencePrefix, StringComparison.Ordinal)) return messageText;
        var content = await StorageFailures.Guard(() => _overflow.GetBlobClient(messageText[BlobReferencePrefix.Length..]).DownloadContentAsync(cancellationToken));
        return content.Value.Content.ToString();
    }

    private async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(json) > InlineLimit)
        {
            var blobName = Guid.NewGuid().ToString("N");
            await StorageFailures.Guard(() => _overflow.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(json), cancellationToken));
            json = BlobReferencePrefix + blobName;
        }
        await StorageFailures.Guard(() => _queue.SendMessageAsync(json, cancellationToken));
    }
}
