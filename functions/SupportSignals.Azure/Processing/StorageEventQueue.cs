using System.Text;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Queues;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Azure.Processing;

/// <summary>
/// Canonical events on an Azure Storage queue (Azurite locally). Events from concurrent requests are
/// group-committed: packed as a JSON array into as few messages as fit (a Storage message holds 64 KiB after
/// base64), because one send per event would cap intake at the queue's send rate. An event over
/// <see cref="InlineLimit"/> bytes travels alone as a reference to a blob.
/// </summary>
public sealed class StorageEventQueue
    : IEventQueue
{
    public const int InlineLimit = 45 * 1024;
    public const string BlobReferencePrefix = "blob:";
    private readonly QueueClient _queue;
    private readonly BlobContainerClient _overflow;
    private readonly Lazy<Task> _created;
    private readonly GroupCommit<string, bool> _sends;

    public StorageEventQueue(StorageClients clients)
    {
        _queue = clients.Queues.GetQueueClient(clients.Options.Lower(clients.Options.EventsQueue));
        _overflow = clients.Blobs.GetBlobContainerClient(clients.Options.Lower("queue-overflow"));
        _created = new(() => StorageFailures.Guard(async () =>
        {
            await _queue.CreateIfNotExistsAsync();
            await _overflow.CreateIfNotExistsAsync();
        }));
        _sends = new GroupCommit<string, bool>(SendPackedAsync);
    }

    public QueueClient Queue => _queue;

    /// <summary>Creates the queue (and overflow container) once; a consumer may start before anything was sent.</summary>
    public Task EnsureCreatedAsync() => _created.Value;

    public async Task EnqueueAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        await StorageFailures.Guard(() => Task.WhenAll(events.Select(e => _sends.SubmitAsync(EventJson.Serialize(e)))));
    }

    /// <summary>Messages waiting or in flight (Storage counts invisible messages too): zero means drained.</summary>
    public async Task<int> DepthAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value;
        return (await StorageFailures.Guard(() => _queue.GetPropertiesAsync(cancellationToken))).Value.ApproximateMessagesCount;
    }

    /// <summary>The JSON a message carries, fetching it from the overflow container when it is a reference.</summary>
    public async Task<string> ReadBodyAsync(string messageText, CancellationToken cancellationToken = default)
    {
        if (!messageText.StartsWith(BlobReferencePrefix, StringComparison.Ordinal)) return messageText;
        var content = await StorageFailures.Guard(() => _overflow.GetBlobClient(messageText[BlobReferencePrefix.Length..]).DownloadContentAsync(cancellationToken));
        return content.Value.Content.ToString();
    }

    private async Task<IReadOnlyList<bool>> SendPackedAsync(IReadOnlyList<string> events)
    {
        await Task.WhenAll(Pack(events).Select(SendAsync));
        return [.. events.Select(_ => true)];
    }

    private static IEnumerable<string> Pack(IReadOnlyList<string> events)
    {
        var message = new StringBuilder();
        var bytes = 0;
        foreach (var json in events)
        {
            var size = Encoding.UTF8.GetByteCount(json) + 1;
            if (size > InlineLimit)
            {
                yield return json;
                continue;
            }
            if (bytes + size + 2 > InlineLimit)
            {
                yield return message.Append(']').ToString();
                message.Clear();
                bytes = 0;
            }
            message.Append(bytes == 0 ? '[' : ',').Append(json);
            bytes += size;
        }
        if (bytes > 0) yield return message.Append(']').ToString();
    }

    private async Task SendAsync(string message)
    {
        if (Encoding.UTF8.GetByteCount(message) > InlineLimit)
        {
            var blobName = Guid.NewGuid().ToString("N");
            await _overflow.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(message));
            message = BlobReferencePrefix + blobName;
        }
        await _queue.SendMessageAsync(message);
    }
}
