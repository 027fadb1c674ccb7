using System.Text.Json;
using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>
/// One queue message, whatever the transport: process its event (or events, when the intake packed several into
/// one message), and decide between retry and the poison store by the attempt count. Both the local consumer and
/// the Service Bus trigger call this. Processing is idempotent, so a retry may safely repeat events that succeeded.
/// </summary>
public sealed class QueueMessageHandler(EventProcessor processor, IPoisonStore poison, TimeProvider clock)
{
    public async Task<Settlement> HandleAsync(string messageId, string body, int attempt, int maxAttempts, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<CanonicalEvent> events;
        try
        {
            events = EventJson.DeserializeMessage(body);
        }
        catch (JsonException ex)
        {
            var reason = $"the message is not a canonical event: {ex.Message}";
            await PoisonAsync(messageId, "?", null, body, attempt, reason, cancellationToken);
            return new Settlement.DeadLetter(reason);
        }

        var failures = new List<(int Index, CanonicalEvent Event, string Reason)>();
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                await processor.ProcessAsync(events[i], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add((i, events[i], $"{ex.GetType().Name}: {ex.Message}"));
            }
        }
        if (failures.Count == 0) return Settlement.Completed;
        if (attempt < maxAttempts) return new Settlement.Retry(failures[0].Reason);

        foreach (var (index, failed, reason) in failures)
        {
            var id = events.Count == 1 ? messageId : $"{messageId}-{index}";
            await PoisonAsync(id, failed.Source, failed.Id, EventJson.Serialize(failed), attempt, reason, cancellationToken);
        }
        return new Settlement.DeadLetter(failures[0].Reason);
    }

    private Task PoisonAsync(string id, string source, string? eventId, string payload, int attempt, string reason, CancellationToken cancellationToken) =>
        poison.AddAsync(new PoisonRecord
        {
            Id = id,
            Kind = PoisonKind.Processing,
            Source = source,
            EventId = eventId,
            Reason = reason,
            Payload = payload,
            Attempts = attempt,
            FailedAt = clock.GetUtcNow(),
        }, cancellationToken);
}
