using SupportSignals.Events;

namespace SupportSignals.Intake;

/// <summary>
/// Offers events to the inbox and queues every one not yet processed. Re-queuing a pending duplicate is what
/// heals a crash or a failed write before the queue: the sender's retry brings it back. The inbox is written while
/// the delivery's raw copy is, and nothing is queued before both are durable.
/// </summary>
public sealed class EventAdmission(IInbox inbox, IEventQueue queue)
{
    /// <returns>How many of the events had been accepted before.</returns>
    public async Task<int> AdmitAsync(ArchivedDelivery delivery, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        var admitting = inbox.AdmitAsync(delivery.Id, events, cancellationToken);
        await Task.WhenAll(delivery.Written, admitting);
        var admissions = await admitting;
        var toProcess = events.Where((_, i) => admissions[i] != Admission.DuplicateProcessed).ToList();
        if (toProcess.Count > 0) await queue.EnqueueAsync(toProcess, cancellationToken);
        return admissions.Count(a => a != Admission.New);
    }
}
