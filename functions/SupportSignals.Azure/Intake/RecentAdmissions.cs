using System.Collections.Concurrent;

namespace SupportSignals.Azure.Intake;

/// <summary>
/// Inbox keys this instance has seen stored lately. A sender's retry usually follows its first try within minutes, so
/// knowing the key is taken lets the retry skip an insert that would fail its whole batch transaction (a conflict
/// costs the batch a failed try, a query and a second try). Bounded, oldest forgotten first; a key it does not know
/// just takes the insert path, so it is never needed for correctness.
/// </summary>
public sealed class RecentAdmissions(int capacity = RecentAdmissions.DefaultCapacity)
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
