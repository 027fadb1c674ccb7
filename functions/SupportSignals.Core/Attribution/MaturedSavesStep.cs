using SupportSignals.Retention;

namespace SupportSignals.Attribution;

/// <summary>
/// Before a day's summary is computed, the churn saves whose windows closed by the end of that day are credited, so
/// the summary's saves count them on the day they matured rather than whenever the account next had an event.
/// </summary>
public sealed class MaturedSavesStep(AttributionLedger ledger) : INightlyStep
{
    // The day's last instant: a window closing at the next midnight belongs to the next day's summary.
    public Task RunAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        ledger.RebuildMaturedAsync(DayKeys.Start(day.AddDays(1)).AddTicks(-1), cancellationToken);
}
