using Cronos;
using SupportSignals.Retention;

namespace SupportSignals.Host;

/// <summary>
/// The local stand-in for the Functions timer: on start, catches up the days missed while the host was down; then
/// runs the nightly job at every occurrence of <c>Summary__Schedule</c> (NCRONTAB with seconds, UTC). A failed run
/// is logged and retried at the next occurrence (which catches up the day it missed).
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunAsync(stoppingToken);
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
            await RunAsync(stoppingToken);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            var runs = await job.CatchUpAsync(stoppingToken);
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
