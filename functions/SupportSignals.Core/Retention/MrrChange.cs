using SupportSignals.Events;

namespace SupportSignals.Retention;

/// <summary>
/// A subscription change or account profile update, filed under its UTC day so the cohort snapshots can be
/// rolled forward one day at a time. Table "MrrChanges", PartitionKey = yyyyMMdd, RowKey = "{time}|{source}:{id}"
/// (the event's own key, so a redelivery rewrites the same row). <see cref="Json"/> holds the event stripped to
/// its account and subscription sections: exactly what <c>AccountState.Apply</c> reads.
/// </summary>
public sealed record MrrChange
{
    public required string AccountId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? Status { get; init; }
    public Money? MrrBefore { get; init; }
    public Money? MrrAfter { get; init; }
    public required string Json { get; init; }

    public const string TableName = "MrrChanges";

    public CanonicalEvent ToEvent() => EventJson.Deserialize(Json);

    public static bool Concerns(CanonicalEvent e) =>
        e.AccountId is not null && (e.Type == EventType.SubscriptionChanged || e.Account is not null);

    public static MrrChange From(CanonicalEvent e) => new()
    {
        AccountId = e.AccountId!,
        OccurredAt = e.OccurredAt,
        Status = e.Subscription?.Status,
        MrrBefore = e.Subscription?.MrrBefore,
        MrrAfter = e.Subscription?.MrrAfter,
        Json = EventJson.Serialize(new CanonicalEvent
        {
            Id = e.Id,
            Source = e.Source,
            Type = e.Type,
            OccurredAt = e.OccurredAt,
            AccountId = e.AccountId,
            Account = e.Account,
            Subscription = e.Type == EventType.SubscriptionChanged ? e.Subscription : null,
        }),
    };
}
