using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>
/// Fills in what a source's webhook leaves out by asking the source itself, before any projection sees the event.
/// Runs on the queue's side, so a source that is down delays the event (retried, then poisoned and replayable)
/// instead of failing the webhook.
/// </summary>
public interface IEventCompletion
{
    Task<CanonicalEvent> CompleteAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default);
}
