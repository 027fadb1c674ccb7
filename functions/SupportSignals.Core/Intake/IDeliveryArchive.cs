namespace SupportSignals.Intake;

/// <summary>Durable storage of raw deliveries (Table Storage, with large bodies in blobs).</summary>
public interface IDeliveryArchive
{
    /// <returns>The id the delivery is stored under: the archive chooses it, so it can pack deliveries together.</returns>
    Task<string> StoreAsync(RawDelivery delivery, CancellationToken cancellationToken = default);

    Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Removes a delivery and its body (erasure of personal data).</summary>
    /// <returns>False when there was no such delivery.</returns>
    Task<bool> DeleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default);
}
