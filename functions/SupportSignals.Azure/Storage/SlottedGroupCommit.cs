namespace SupportSignals.Azure.Storage;

/// <summary>
/// A group commit whose members learn their batch and slot the moment they join, before the batch is written:
/// callers can hand the resulting name to other writes running alongside instead of waiting for this one.
/// Batches gather while the previous ones are being written and close early at <c>maxBytes</c>.
/// </summary>
public sealed class SlottedGroupCommit<TItem>
{
    private readonly Func<string, IReadOnlyList<(int Slot, TItem Item)>, Task> _commit;
    private readonly Func<string> _newBatchId;
    private readonly long _maxBytes;
    private readonly object _gate = new();
    private readonly List<Batch> _closed = [];
    /// <summary>Opened by its first member, so its id carries the time deliveries began to gather.</summary>
    private Batch? _open;
    private bool _flushing;

    /// <param name="commit">Writes one batch under its id; throwing fails every member of that batch.</param>
    /// <param name="newBatchId">Names a new batch; ids must never repeat.</param>
    public SlottedGroupCommit(Func<string, IReadOnlyList<(int Slot, TItem Item)>, Task> commit, Func<string> newBatchId, long maxBytes)
    {
        _commit = commit;
        _newBatchId = newBatchId;
        _maxBytes = maxBytes;
    }

    /// <returns>The batch the item joined, its slot there, and the batch's write.</returns>
    public (string BatchId, int Slot, Task Committed) Submit(TItem item, long bytes)
    {
        lock (_gate)
        {
            if (_open is not null && _open.Bytes + bytes > _maxBytes)
            {
                _closed.Add(_open);
                _open = null;
            }
            _open ??= new Batch(_newBatchId());
            var slot = _open.Items.Count;
            _open.Items.Add((slot, item));
            _open.Bytes += bytes;
            var joined = (_open.Id, slot, _open.Written.Task);
            if (!_flushing)
            {
                _flushing = true;
                _ = Task.Run(FlushAsync);
            }
            return joined;
        }
    }

    /// <summary>Writes whatever has gathered, again and again until nothing has: one flusher at a time.</summary>
    private async Task FlushAsync()
    {
        while (true)
        {
            List<Batch> batches;
            lock (_gate)
            {
                if (_open is not null)
                {
                    _closed.Add(_open);
                    _open = null;
                }
                if (_closed.Count == 0)
                {
                    _flushing = false;
                    return;
                }
                batches = [.. _closed];
                _closed.Clear();
            }
            await Task.WhenAll(batches.Select(CommitAsync));
        }
    }

    private async Task CommitAsync(Batch batch)
    {
        try
        {
            await _commit(batch.Id, batch.Items);
            batch.Written.SetResult();
        }
        catch (Exception ex)
        {
            batch.Written.SetException(ex);
        }
    }

    private sealed class Batch(string id)
    {
        public string Id { get; } = id;
        public List<(int Slot, TItem Item)> Items { get; } = [];
        public long Bytes { get; set; }
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
