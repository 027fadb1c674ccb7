using SupportSignals.Events;

namespace SupportSignals.Intake;

/// <summary>What the inbox already knew of an event when it was offered.</summary>
public enum Admission
{
    /// <summary>First time seen: stored now.</summary>
    New,
    /// <summary>Seen before; the sender hears so, and processing it again changes nothing.</summary>
    Duplicate,
}

/// <summary>
/// The durable, deduplicating record of every accepted event, written before the sender gets its 2xx.
/// Dedupe lives here, never in the broker.
/// </summary>
public interface IInbox
{
    /// <returns>One admission per event, in order.</returns>
    Task<IReadOnlyList<Admission>> AdmitAsync(string deliveryId, IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default);

    /// <returns>
    /// Every delivery that brought the event, the first one first; empty when the inbox does not know it. Each
    /// redelivery archived its own raw copy, so erasure finds raw bodies this way.
    /// </returns>
    Task<IReadOnlyList<string>> FindDeliveryIdsAsync(string source, string eventId, CancellationToken cancellationToken = default);
}
