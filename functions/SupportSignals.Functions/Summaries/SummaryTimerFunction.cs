using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SupportSignals.Retention;

namespace SupportSignals.Functions.Summaries;

/// <summary>
/// The nightly job on the schedule in app setting <c>Summary__Schedule</c> (NCRONTAB, seconds first, UTC; default
/// <c>0 30 2 * * *</c>). A run after downtime (<see cref="TimerInfo.IsPastDue"/>) catches up every day missed since the
/// last stored summary (bounded by <c>Summary__CatchUpDays</c>); two instances firing at once share one lease.
/// </summary>
public sealed partial class SummaryTimerFunction(SummaryJob job, ILogger<SummaryTimerFunction> logger)
{
    [Function("NightlySummary")]
    public async Task RunAsync([TimerTrigger("%Summary__Schedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) LogPastDue(logger);
        var runs = await job.CatchUpAsync(cancellationToken: cancellationToken);
        LogComputed(logger, runs.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The nightly summary timer is past due; catching up missed days")]
    private static partial void LogPastDue(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly summary: {Days} day(s) computed")]
    private static partial void LogComputed(ILogger logger, int days);
}
