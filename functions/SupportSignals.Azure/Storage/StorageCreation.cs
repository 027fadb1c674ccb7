namespace SupportSignals.Azure.Storage;

/// <summary>
/// Creates a table, queue or container on first use, and again on the next use after a failed attempt. A
/// <c>Lazy&lt;Task&gt;</c> would keep the failure of an attempt made while storage was down, and every later request
/// would fail with it until the host restarted.
/// </summary>
public sealed class StorageCreation(Func<Task> create)
{
    private readonly object _gate = new();
    private Task? _attempt;

    public Task EnsureAsync()
    {
        lock (_gate)
        {
            if (_attempt is null || _attempt.IsFaulted || _attempt.IsCanceled) _attempt = StorageFailures.Guard(create);
            return _attempt;
        }
    }
}
