using SupportSignals.Events;

namespace SupportSignals.Intake;

/// <summary>
/// Offers events to the inbox and queues every one not yet processed. Re-queuing a pending duplicate is what
/// heals a crash or a failed enqueue between the inbox write and the queue: the sender's retry brings it back.
/// </summary>
public sealed class EventAdmission(IInbox inbox, IEventQueue queue)
{
    /// <returns>How many of the events had been accepted before.</returns>
    public async Task<int> AdmitAsync(string deliveryId, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        var admissions = await inbox.AdmitAsync(deliveryId, events, cancellationToken);
        var toProcess = events.Where((_, i) => admissions[i] != Admission.DuplicateProcessed).ToList();
        if (toProcess.Count > 0) await queue.EnqueueAsync(toProcess, cancellationToken);
        return admissions.Count(a => a != Admission.New);
    }
}
