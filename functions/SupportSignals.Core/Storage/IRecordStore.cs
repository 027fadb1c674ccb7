namespace SupportSignals.Storage;

/// <summary>
/// A keyed collection of records of one type (one table). Keys are chosen by the product code because they
/// encode its query patterns; see docs/tables.md. Implementations map to Azure Table Storage.
/// </summary>
public interface IRecordStore<T> where T : class
{
    Task<T?> FindAsync(string partition, string row, CancellationToken cancellationToken = default);

    Task UpsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default);

    /// <summary>Writes many records as few transactions as possible (records of one partition go together).</summary>
    Task UpsertManyAsync(IReadOnlyList<(string Partition, string Row, T Record)> records, CancellationToken cancellationToken = default);

    /// <returns>False when a record with these keys exists already (nothing written).</returns>
    Task<bool> TryInsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Read-modify-write under optimistic concurrency, retried on conflict. <paramref name="change"/> gets the
    /// current record (or null) and returns the new one, or the same instance / null to leave it as it is.
    /// </summary>
    /// <returns>The record as stored afterwards.</returns>
    Task<T?> UpdateAsync(string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default);

    Task DeleteAsync(string partition, string row, CancellationToken cancellationToken = default);

    IAsyncEnumerable<T> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);

    Task<RecordPage<T>> QueryPageAsync(RecordQuery query, int pageSize, string? continuation, CancellationToken cancellationToken = default);
}
