using Cronos;
using SupportSignals.Retention;

namespace SupportSignals.Host;

/// <summary>
/// The local stand-in for the Functions timer: on start, catches up the days whose scheduled run was missed while the
/// host was down (a start at 00:10 does not summarise yesterday early, with its late events still queued: that is the
/// 02:30 run's); then runs the nightly job at every occurrence of <c>Summary__Schedule</c> (NCRONTAB with seconds,
/// UTC). A failed run is logged and retried at the next occurrence (which catches up the day it missed).
/// </summary>
public sealed partial class SummaryScheduleService(SummaryJob job, SummaryOptions options, TimeProvider clock, ILogger<SummaryScheduleService> logger) : BackgroundService
{
    private readonly CronExpression _schedule = Parse(options.Schedule);

    public static CronExpression Parse(string schedule)
    {
        try
        {
            return CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException ex)
        {
            throw new InvalidOperationException($"Summary__Schedule '{schedule}' is not a six-field NCRONTAB expression (seconds first): {ex.Message}", ex);
        }
    }

    /// <summary>The last day whose scheduled run is due by <paramref name="now"/>: the day before the latest occurrence.</summary>
    public static DateOnly? DueThrough(CronExpression schedule, DateTimeOffset now) =>
        schedule.GetOccurrences(now.AddDays(-8), now, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: true).LastOrDefault() is { } last && last != default
            ? DayKeys.DayOf(last).AddDays(-1)
            : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DueThrough(_schedule, clock.GetUtcNow()) is { } due) await RunAsync(due, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (_schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) is not { } next) return;
            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunAsync(null, stoppingToken);
        }
    }

    private async Task RunAsync(DateOnly? through, CancellationToken stoppingToken)
    {
        try
        {
            var runs = await job.CatchUpAsync(through, stoppingToken);
            foreach (var run in runs) LogComputed(logger, DayKeys.Iso(run.Summary.Date), run.Written);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly summary for {Date} computed (stored: {Written})")]
    private static partial void LogComputed(ILogger logger, string date, bool written);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly summary run failed ({Error}: {Message}); the next run catches up")]
    private static partial void LogFailed(ILogger logger, string error, string message);
}
