using SupportSignals.Azure.Processing;
using SupportSignals.Azure.Storage;

namespace SupportSignals.Host;

/// <summary>The local stand-in for the Service Bus trigger: drains the Storage queue until the host stops.</summary>
public sealed partial class QueueConsumerService(StorageQueueConsumer consumer, ILogger<QueueConsumerService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxIdleDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await consumer.DrainOnceAsync(stoppingToken) > 0)
                {
                    idle = TimeSpan.FromMilliseconds(50);
                    continue;
                }
            }
            catch (Exception ex) when (StorageFailures.IsTransient(ex) || ex is global::Azure.RequestFailedException)
            {
                LogStorageUnavailable(logger, ex.GetType().Name);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            await Task.Delay(idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            idle = TimeSpan.FromTicks(Math.Min(MaxIdleDelay.Ticks, idle.Ticks * 2));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue consumer could not reach storage ({Error}); retrying")]
    private static partial void LogStorageUnavailable(ILogger logger, string error);
}
