using SupportSignals.Events;
using SupportSignals.Leads;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Attribution;

/// <summary>
/// Keeps the Attribution table equal to <see cref="Ledger.Compute"/> over each account's stored history: rebuilt
/// when a relevant event is processed, and again by the nightly job when a pending save matures.
/// </summary>
public sealed class AttributionLedger(
    IRecordStore<StoredEvent> events,
    IRecordStore<ServiceQualifiedLead> sqls,
    IRecordStore<AttributionRecord> ledger,
    IRecordStore<PendingSave> pending,
    AttributionOptions options,
    TimeProvider clock) : IEventProjection
{
    public Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default) =>
        e.AccountId is { } account && e.Type is not (EventType.NpsResponded or EventType.CsatRated or EventType.ReviewPublished or EventType.ReviewDeleted
            or EventType.ContactUpdated or EventType.ContactUnsubscribed or EventType.AccountUpdated or EventType.AgentReplied)
            ? RebuildAsync(account, clock.GetUtcNow(), cancellationToken)
            : Task.CompletedTask;

    /// <returns>The account's ledger as now stored.</returns>
    public async Task<IReadOnlyList<AttributionRecord>> RebuildAsync(string accountId, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var history = await events.QueryAsync(RecordQuery.InPartition(StoredEvent.PartitionOf(accountId)), cancellationToken).Select(s => s.ToEvent()).ToListAsync(cancellationToken);
        var accountSqls = await sqls.QueryAsync(RecordQuery.InPartition(ServiceQualifiedLead.PartitionOf(accountId)), cancellationToken).ToListAsync(cancellationToken);
        var computed = Ledger.Compute(accountId, history, accountSqls, options, asOf);
        var partition = AttributionRecord.PartitionOf(accountId);
        var stored = await ledger.QueryAsync(RecordQuery.InPartition(partition), cancellationToken).ToListAsync(cancellationToken);

        foreach (var stale in stored.Where(s => computed.All(c => c.Id != s.Id)))
            await ledger.DeleteAsync(partition, StorageKeys.Escape(stale.Id), cancellationToken);
        var changed = computed.Where(c => !stored.Any(s => Same(s, c))).ToList();
        if (changed.Count > 0)
            await ledger.UpsertManyAsync([.. changed.Select(c => (partition, StorageKeys.Escape(c.Id), c))], cancellationToken);

        if (Ledger.NextMaturity(history, options, asOf) is { } maturesAt)
            await pending.UpsertAsync(PendingSave.PartitionOf(maturesAt), StorageKeys.Escape(accountId), new PendingSave(accountId, maturesAt), cancellationToken);
        return computed;
    }

    /// <summary>The nightly step: rebuild every account whose pending save has matured by <paramref name="asOf"/>.</summary>
    /// <returns>How many accounts were rebuilt.</returns>
    public async Task<int> RebuildMaturedAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var due = await pending.QueryAsync(new RecordQuery { PartitionTo = StorageKeys.Day(asOf.AddDays(1)) }, cancellationToken).ToListAsync(cancellationToken);
        foreach (var save in due.Where(s => s.MaturesAt <= asOf))
        {
            await RebuildAsync(save.AccountId, asOf, cancellationToken);
            await pending.DeleteAsync(PendingSave.PartitionOf(save.MaturesAt), StorageKeys.Escape(save.AccountId), cancellationToken);
        }
        return due.Count(s => s.MaturesAt <= asOf);
    }

    private static bool Same(AttributionRecord a, AttributionRecord b) =>
        (a with { TriggerEvents = b.TriggerEvents }) == b && a.TriggerEvents.SequenceEqual(b.TriggerEvents);
}
