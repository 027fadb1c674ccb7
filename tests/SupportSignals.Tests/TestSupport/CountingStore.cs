using SupportSignals.Storage;

namespace SupportSignals.Tests.TestSupport;

/// <summary>A store that counts the calls that read a row (finds, and the read of a read-modify-write), and inserts.</summary>
public sealed class CountingStore<T>(IRecordStore<T> inner) : IRecordStore<T> where T : class
{
    private int _reads;
    private int _inserts;

    public int Reads => Volatile.Read(ref _reads);

    public int Inserts => Volatile.Read(ref _inserts);

    public Task<T?> FindAsync(string partition, string row, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindAsync(partition, row, cancellationToken);
    }

    public Task<T?> UpdateAsync(string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.UpdateAsync(partition, row, change, cancellationToken);
    }

    public Task UpsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default) => inner.UpsertAsync(partition, row, record, cancellationToken);

    public Task UpsertManyAsync(IReadOnlyList<(string Partition, string Row, T Record)> records, CancellationToken cancellationToken = default) => inner.UpsertManyAsync(records, cancellationToken);

    public Task<bool> TryInsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _inserts);
        return inner.TryInsertAsync(partition, row, record, cancellationToken);
    }

    public Task DeleteAsync(string partition, string row, CancellationToken cancellationToken = default) => inner.DeleteAsync(partition, row, cancellationToken);

    public IAsyncEnumerable<T> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public Task<RecordPage<T>> QueryPageAsync(RecordQuery query, int pageSize, string? continuation, CancellationToken cancellationToken = default) => inner.QueryPageAsync(query, pageSize, continuation, cancellationToken);
}
