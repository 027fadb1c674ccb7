using System.Text.Json;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Events;

/// <summary>Keeps every processed event by account and time; an upsert by the event's keys is idempotent.</summary>
public sealed class EventLogProjection(IRecordStore<StoredEvent> events) : IEventProjection
{
    public Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default) =>
        events.UpsertAsync(StoredEvent.PartitionOf(canonicalEvent.AccountId), StoredEvent.RowOf(canonicalEvent), new StoredEvent
        {
            Source = canonicalEvent.Source,
            Id = canonicalEvent.Id,
            Type = JsonSerializer.Serialize(canonicalEvent.Type, EventJson.Options).Trim('"'),
            OccurredAt = canonicalEvent.OccurredAt,
            AccountId = canonicalEvent.AccountId,
            Json = EventJson.Serialize(canonicalEvent),
        }, cancellationToken);
}
