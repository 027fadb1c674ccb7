using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>
/// One effect of an event on stored state (the event log, account state, SQLs, the ledger, ...). Must be
/// idempotent and order-tolerant: applying an event twice, or an older event after a newer one, changes nothing.
/// </summary>
public interface IEventProjection
{
    /// <param name="known">The rows earlier projections of this event have read or written: read and write shared rows through it.</param>
    Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default);
}
