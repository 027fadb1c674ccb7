namespace SupportSignals.Intake;

/// <summary>Durable storage of raw deliveries.</summary>
public interface IDeliveryArchive
{
    /// <summary>
    /// Starts storing the delivery and names its id at once: the archive chooses the id, so it can pack concurrent
    /// deliveries together, and callers need not wait for the write to learn it.
    /// </summary>
    ArchivedDelivery Store(RawDelivery delivery);

    Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Removes a delivery and its body (erasure of personal data).</summary>
    /// <returns>False when there was no such delivery.</returns>
    Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default);
}
