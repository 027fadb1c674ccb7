using System.Collections.Concurrent;

namespace SupportSignals.Storage;

/// <summary>
/// Row keys this instance has seen stored lately: a hint that picks the cheaper of two equally correct ways to write
/// a row (an insert that would fail on an existing row, a read that a new row does not need). Bounded, oldest forgotten
/// first; a key it does not know just takes the other path, so it is never needed for correctness.
/// </summary>
public sealed class RecentKeys(int capacity = RecentKeys.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;
    private readonly ConcurrentDictionary<(string Partition, string Row), byte> _keys = new();
    private readonly ConcurrentQueue<(string Partition, string Row)> _order = new();

    public bool Contains(string partition, string row) => _keys.ContainsKey((partition, row));

    public void Add(string partition, string row)
    {
        if (!_keys.TryAdd((partition, row), 0)) return;
        _order.Enqueue((partition, row));
        while (_order.Count > capacity && _order.TryDequeue(out var oldest)) _keys.TryRemove(oldest, out _);
    }
}
