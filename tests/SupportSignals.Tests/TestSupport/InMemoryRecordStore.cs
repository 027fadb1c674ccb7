using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using SupportSignals.Azure.Storage;
using SupportSignals.Storage;

namespace SupportSignals.Tests.TestSupport;

/// <summary>
/// An <see cref="IRecordStore{T}"/> in memory that stores entities exactly as the Table adapter maps them (so a record
/// that would not survive the mapping fails here too) and answers queries in Table Storage's key order.
/// </summary>
public sealed class InMemoryRecordStore<T> : IRecordStore<T> where T : class
{
    private readonly SortedDictionary<(string Partition, string Row), TableEntity> _rows = new(Comparer<(string, string)>.Create(
        (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var p and not 0 ? p : string.CompareOrdinal(a.Item2, b.Item2)));
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _rows.Count; } }

    public Task<T?> FindAsync(string partition, string row, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_rows.TryGetValue((partition, row), out var entity) ? EntityMapping.FromEntity<T>(entity) : null);
    }

    public Task UpsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default)
    {
        lock (_lock) _rows[(partition, row)] = EntityMapping.ToEntity(partition, row, record);
        return Task.CompletedTask;
    }

    public async Task UpsertManyAsync(IReadOnlyList<(string Partition, string Row, T Record)> records, CancellationToken cancellationToken = default)
    {
        foreach (var (partition, row, record) in records) await UpsertAsync(partition, row, record, cancellationToken);
    }

    public Task<bool> TryInsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_rows.TryAdd((partition, row), EntityMapping.ToEntity(partition, row, record)));
    }

    public Task<T?> UpdateAsync(string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var current = _rows.TryGetValue((partition, row), out var entity) ? EntityMapping.FromEntity<T>(entity) : null;
            var next = change(current);
            if (next is null || ReferenceEquals(next, current)) return Task.FromResult(current);
            _rows[(partition, row)] = EntityMapping.ToEntity(partition, row, next);
            return Task.FromResult<T?>(next);
        }
    }

    public Task DeleteAsync(string partition, string row, CancellationToken cancellationToken = default)
    {
        lock (_lock) _rows.Remove((partition, row));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<T> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in Matching(query)) yield return record;
        await Task.CompletedTask;
    }

    public Task<RecordPage<T>> QueryPageAsync(RecordQuery query, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        var skip = continuation is null ? 0 : int.Parse(continuation, System.Globalization.CultureInfo.InvariantCulture);
        var all = Matching(query);
        var page = all.Skip(skip).Take(pageSize).ToList();
        var next = skip + page.Count < all.Count ? (skip + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new RecordPage<T>(page, next));
    }

    private List<T> Matching(RecordQuery query)
    {
        lock (_lock)
        {
            return [.. _rows.Where(kv => Matches(query, kv.Key.Partition, kv.Key.Row, kv.Value)).Select(kv => EntityMapping.FromEntity<T>(kv.Value))];
        }
    }

    private static bool Matches(RecordQuery q, string partition, string row, TableEntity entity) =>
        (q.Partition is null || partition == q.Partition)
        && (q.PartitionFrom is null || string.CompareOrdinal(partition, q.PartitionFrom) >= 0)
        && (q.PartitionTo is null || string.CompareOrdinal(partition, q.PartitionTo) < 0)
        && (q.RowFrom is null || string.CompareOrdinal(row, q.RowFrom) >= 0)
        && (q.RowTo is null || string.CompareOrdinal(row, q.RowTo) < 0)
        && q.Where.All(w => entity.TryGetValue(w.Key, out var value) && Equals(value, w.Value));
}
