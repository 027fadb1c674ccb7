using System.IO.Compression;
using System.Text;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Queues;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Azure.Processing;

/// <summary>
/// Canonical events on an Azure Storage queue (Azurite locally). Events from concurrent requests are
/// group-committed: packed as a JSON array, gzip-compressed, into as few messages as fit, because one send per event
/// would cap intake at the queue's send rate and the queue's cost grows with the characters it parses. An event too
/// large for a message even compressed travels alone as a reference to a blob.
/// </summary>
public sealed class StorageEventQueue
    : IEventQueue
{
    /// <summary>Bytes a message may carry: a Storage message holds 64 KiB, and the client sends it as base64.</summary>
    public const int InlineLimit = 48 * 1024;
    /// <summary>Events packed into one message before compression; more only saves a little.</summary>
    public const int MaxPerMessage = 200;
    public const string BlobReferencePrefix = "blob:";
    // JSON never starts with these bytes, so older uncompressed messages still read.
    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];
    private readonly QueueClient _queue;
    private readonly BlobContainerClient _overflow;
    private readonly StorageCreation _creation;
    private readonly GroupCommit<string, bool> _sends;

    public StorageEventQueue(StorageClients clients)
    {
        _queue = clients.Queues.GetQueueClient(clients.Options.Lower(clients.Options.EventsQueue));
        _overflow = clients.Blobs.GetBlobContainerClient(clients.Options.Lower("queue-overflow"));
        _creation = new(async () =>
        {
            await _queue.CreateIfNotExistsAsync();
            await _overflow.CreateIfNotExistsAsync();
        });
        _sends = new GroupCommit<string, bool>(SendPackedAsync);
    }

    public QueueClient Queue => _queue;

    /// <summary>Creates the queue (and overflow container) once; a consumer may start before anything was sent.</summary>
    public Task EnsureCreatedAsync() => _creation.EnsureAsync();

    public async Task EnqueueAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        await StorageFailures.Guard(() => Task.WhenAll(events.Select(e => _sends.SubmitAsync(EventJson.Serialize(e)))));
    }

    /// <summary>Messages waiting or in flight (Storage counts invisible messages too): zero means drained.</summary>
    public async Task<int> DepthAsync(CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        return (await StorageFailures.Guard(() => _queue.GetPropertiesAsync(cancellationToken))).Value.ApproximateMessagesCount;
    }

    /// <summary>The JSON a message carries: decompressed, or fetched from the overflow container when it is a reference.</summary>
    public async Task<string> ReadBodyAsync(BinaryData message, CancellationToken cancellationToken = default)
    {
        var bytes = message.ToMemory();
        if (bytes.Span.StartsWith(GzipMagic)) return Decompress(bytes);
        var messageText = message.ToString();
        if (!messageText.StartsWith(BlobReferencePrefix, StringComparison.Ordinal)) return messageText;
        var content = await StorageFailures.Guard(() => _overflow.GetBlobClient(messageText[BlobReferencePrefix.Length..]).DownloadContentAsync(cancellationToken));
        return content.Value.Content.ToString();
    }

    private async Task<IReadOnlyList<bool>> SendPackedAsync(IReadOnlyList<string> events)
    {
        await Task.WhenAll(events.Chunk(MaxPerMessage).Select(SendAsync));
        return [.. events.Select(_ => true)];
    }

    /// <summary>
    /// Sends the events as one compressed message if it fits, else as two halves; a lone event too large even
    /// compressed travels as a reference to a blob.
    /// </summary>
    private async Task SendAsync(string[] events)
    {
        var json = "[" + string.Join(',', events) + "]";
        var compressed = Compress(json);
        if (compressed.Length <= InlineLimit)
        {
            await _queue.SendMessageAsync(BinaryData.FromBytes(compressed));
        }
        else if (events.Length > 1)
        {
            await Task.WhenAll(SendAsync(events[..(events.Length / 2)]), SendAsync(events[(events.Length / 2)..]));
        }
        else
        {
            var blobName = Guid.NewGuid().ToString("N");
            await _overflow.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(json));
            await _queue.SendMessageAsync(BlobReferencePrefix + blobName);
        }
    }

    private static byte[] Compress(string json)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(json));
        return compressed.ToArray();
    }

    private static string Decompress(ReadOnlyMemory<byte> compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
