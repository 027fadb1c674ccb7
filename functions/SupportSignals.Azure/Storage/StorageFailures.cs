using global::Azure;
using SupportSignals.Intake;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// Turns "storage is down or overloaded" (network errors, timeouts, 5xx, 429) into
/// <see cref="StorageUnavailableException"/>, the one failure the product code knows how to answer (503).
/// </summary>
public static class StorageFailures
{
    public static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            throw new StorageUnavailableException("Storage is unavailable.", ex);
        }
    }

    public static Task Guard(Func<Task> call) => Guard(async () =>
    {
        await call();
        return true;
    });

    public static bool IsTransient(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or IOException => true,
        TaskCanceledException => true,
        _ => false,
    };
}
