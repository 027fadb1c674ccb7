using SupportSignals.Storage;

namespace SupportSignals.Events;

/// <summary>
/// The event log row: every processed event, partitioned by account so that rules (attribution, saves) can
/// rebuild an account's history from one partition, in time order.
/// </summary>
public sealed record StoredEvent
{
    public const string Unassigned = "_unassigned";

    public required string Source { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? AccountId { get; init; }
    public required string Json { get; init; }

    public static string PartitionOf(string? accountId) => StorageKeys.Escape(accountId ?? Unassigned);

    public static string RowOf(CanonicalEvent e) => $"{StorageKeys.Time(e.OccurredAt)}|{StorageKeys.Escape(e.DedupeKey)}";

    public CanonicalEvent ToEvent() => EventJson.Deserialize(Json);
}
