namespace SupportSignals.Intake;

/// <summary>Durable storage of raw deliveries (Table Storage, with large bodies in blobs).</summary>
public interface IDeliveryArchive
{
    Task StoreAsync(RawDelivery delivery, CancellationToken cancellationToken = default);

    Task<RawDelivery?> FindAsync(string source, string deliveryId, CancellationToken cancellationToken = default);
}
