namespace SupportSignals.Tests.TestSupport;

/// <summary>Waits for an asynchronous effect (queue processing) to become visible; fails with the last value seen.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met within {timeoutSeconds} s; last value: {value}");
            await Task.Delay(100);
        }
    }
}
