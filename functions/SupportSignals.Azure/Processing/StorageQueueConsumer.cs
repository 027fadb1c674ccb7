using global::Azure.Storage.Queues.Models;
using SupportSignals.Processing;

namespace SupportSignals.Azure.Processing;

/// <summary>
/// Drains the events queue: each message goes through <see cref="QueueMessageHandler"/>; completed and poisoned
/// messages are deleted, failed ones reappear after a back-off visibility timeout (the queue's own retry).
/// </summary>
public sealed class StorageQueueConsumer(StorageEventQueue queue, QueueMessageHandler handler, ConsumerOptions options)
{
    /// <returns>How many messages the pass handled (0 when the queue was empty).</returns>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        await queue.EnsureCreatedAsync();
        var received = await queue.Queue.ReceiveMessagesAsync(options.BatchSize, TimeSpan.FromSeconds(options.VisibilityTimeoutSeconds), cancellationToken);
        var messages = received.Value;
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (message, ct) => await HandleAsync(message, ct));
        return messages.Length;
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var body = await queue.ReadBodyAsync(message.Body, cancellationToken);
        var settlement = await handler.HandleAsync(message.MessageId, body, (int)message.DequeueCount, options.MaxAttempts, cancellationToken);
        if (settlement is Settlement.Retry)
        {
            var backOff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, message.DequeueCount)));
            await queue.Queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backOff, cancellationToken: cancellationToken);
        }
        else
        {
            await queue.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
    }
}
