using SupportSignals.Events;

namespace SupportSignals.Intake;

/// <summary>
/// Writes a delivery's three durable records side by side — its raw copy (already under way), its events' inbox
/// rows and their queue message — and returns once all three are stored. The queue does not wait for the inbox's
/// answer: processing is idempotent, so a duplicate queued again changes nothing, and a sender's retry of anything
/// that failed part-way is queued again whatever the inbox says, which is what heals a crash or a failed write.
/// Waiting would add a storage round trip to every request to spare processing the few duplicates.
/// </summary>
public sealed class EventAdmission(IInbox inbox, IEventQueue queue)
{
    /// <returns>How many of the events had been accepted before.</returns>
    public async Task<int> AdmitAsync(ArchivedDelivery delivery, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        var admitting = inbox.AdmitAsync(delivery.Id, events, cancellationToken);
        await Task.WhenAll(delivery.Written, admitting, queue.EnqueueAsync(events, cancellationToken));
        return (await admitting).Count(a => a == Admission.Duplicate);
    }
}
