namespace SupportSignals.Intake;

/// <summary>Delivery ids that sort by arrival and never collide: receive time, then randomness.</summary>
public static class DeliveryIds
{
    public static string New(DateTimeOffset receivedAt) =>
        $"{receivedAt.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
}
