using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>
/// One effect of an event on stored state (the event log, account state, SQLs, the ledger, ...). Must be
/// idempotent and order-tolerant: applying an event twice, or an older event after a newer one, changes nothing.
/// </summary>
public interface IEventProjection
{
    Task ProjectAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default);
}
