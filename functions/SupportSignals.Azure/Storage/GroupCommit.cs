using System.Threading.Channels;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// Group commit: callers submit one item each and await its own result, while one flusher commits whatever has
/// gathered as one batch. Under load, batches grow to fill the round trip; when idle, an item is committed at once.
/// This is what lets intake outrun one storage round trip per request. One flusher rather than several: the storage
/// pays mostly per request, not per item, and several flushers split the same load into smaller batches (with four,
/// Azurite spent 30–50 % more CPU per webhook at the same rate).
/// </summary>
public sealed class GroupCommit<TItem, TResult>
{
    private readonly Channel<(TItem Item, TaskCompletionSource<TResult> Result)> _pending =
        Channel.CreateUnbounded<(TItem, TaskCompletionSource<TResult>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _commit;
    private readonly int _maxBatch;

    /// <param name="commit">Commits a batch and returns one result per item, in order; throwing fails the whole batch.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> commit, int maxBatch = 400)
    {
        _commit = commit;
        _maxBatch = maxBatch;
        _ = Task.Run(FlushLoopAsync);
    }

    public Task<TResult> SubmitAsync(TItem item)
    {
        var result = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((item, result))) result.SetException(new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>)));
        return result.Task;
    }

    private async Task FlushLoopAsync()
    {
        var batch = new List<(TItem Item, TaskCompletionSource<TResult> Result)>(_maxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _pending.Reader.TryRead(out var next)) batch.Add(next);
            if (batch.Count == 0) continue;
            try
            {
                var results = await _commit([.. batch.Select(b => b.Item)]);
                for (var i = 0; i < batch.Count; i++) batch[i].Result.SetResult(results[i]);
            }
            catch (Exception ex)
            {
                foreach (var (_, result) in batch) result.SetException(ex);
            }
        }
    }
}
