using System.Text.Json;
using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>
/// One queue message, whatever the transport: process it, and decide between retry and the poison store by
/// the attempt count. Both the local consumer and the Service Bus trigger call this.
/// </summary>
public sealed class QueueMessageHandler(EventProcessor processor, IPoisonStore poison, TimeProvider clock)
{
    public async Task<Settlement> HandleAsync(string messageId, string body, int attempt, int maxAttempts, CancellationToken cancellationToken = default)
    {
        CanonicalEvent canonicalEvent;
        try
        {
            canonicalEvent = EventJson.Deserialize(body);
        }
        catch (JsonException ex)
        {
            return await PoisonAsync(messageId, "?", null, body, attempt, $"the message is not a canonical event: {ex.Message}", cancellationToken);
        }

        try
        {
            await processor.ProcessAsync(canonicalEvent, cancellationToken);
            return Settlement.Completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            return attempt >= maxAttempts
                ? await PoisonAsync(messageId, canonicalEvent.Source, canonicalEvent.Id, body, attempt, reason, cancellationToken)
                : new Settlement.Retry(reason);
        }
    }

    private async Task<Settlement> PoisonAsync(string messageId, string source, string? eventId, string body, int attempt, string reason, CancellationToken cancellationToken)
    {
        await poison.AddAsync(new PoisonRecord
        {
            Id = messageId,
            Kind = PoisonKind.Processing,
            Source = source,
            EventId = eventId,
            Reason = reason,
            Payload = body,
            Attempts = attempt,
            FailedAt = clock.GetUtcNow(),
        }, cancellationToken);
        return new Settlement.DeadLetter(reason);
    }
}
