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
    private const int EventParallelism = 8;

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

        // Events of one message are independent (projections tolerate any order and concurrent writers), so a packed
        // message is processed in parallel rather than paying one storage round trip after another.
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Index, CanonicalEvent Event, string Reason, bool Transient)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, events.Count), new ParallelOptions { MaxDegreeOfParallelism = EventParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            try
            {
                await processor.ProcessAsync(events[i], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add((i, events[i], $"{ex.GetType().Name}: {ex.Message}", ex is Intake.StorageUnavailableException));
            }
        });
        if (failures.IsEmpty) return Settlement.Completed;
        var ordered = failures.OrderBy(f => f.Index).ToList();
        // An outage is not the message's fault: it is retried however often it was tried before, never poisoned.
        if (attempt < maxAttempts || ordered.All(f => f.Transient)) return new Settlement.Retry(ordered[0].Reason);

        foreach (var (index, failed, reason, _) in ordered)
        {
            var id = events.Count == 1 ? messageId : $"{messageId}-{index}";
            await PoisonAsync(id, failed.Source, failed.Id, EventJson.Serialize(failed), attempt, reason, cancellationToken);
        }
        return new Settlement.DeadLetter(ordered[0].Reason);
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
