namespace SupportSignals.Retention;

/// <summary>
/// Work the nightly job runs before it computes a day, under its lease, in registration order. The hook for other
/// areas' nightly upkeep that the summary depends on: the attribution ledger registers one that calls
/// <c>AttributionLedger.RebuildAsync(accountId, asOf)</c> for the accounts whose churn-save windows matured by the end
/// of <c>day</c>, so that the saves credited that day are in the Attribution table when the summary reads it.
/// A step must be idempotent: backfills and catch-ups run it again for days it has seen.
/// </summary>
public interface INightlyStep
{
    Task RunAsync(DateOnly day, CancellationToken cancellationToken = default);
}
