using global::Azure.Data.Tables;
using SupportSignals.Azure.Storage;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Processing;

/// <summary>
/// Poison records in one partition, keyed by poison id. <paramref name="summaries"/> reads the same table as
/// <paramref name="records"/>, selecting every column but the payload, so a listing or a count never transfers one.
/// </summary>
public sealed class TablePoisonStore(IRecordStore<PoisonRecord> records, IRecordStore<PoisonSummary> summaries) : IPoisonStore
{
    public const string TableName = "Poison";
    private const string Partition = "poison";
    private static readonly RecordQuery Summaries = RecordQuery.InPartition(Partition) with { Select = EntityMapping.Columns<PoisonSummary>() };

    /// <summary>The store on one table, both readers of it made here so they cannot point at different tables.</summary>
    public static TablePoisonStore On(TableClient table) => new(new TableRecordStore<PoisonRecord>(table), new TableRecordStore<PoisonSummary>(table));

    public Task AddAsync(PoisonRecord record, CancellationToken cancellationToken = default) =>
        records.UpsertAsync(Partition, StorageKeys.Escape(record.Id), record, cancellationToken);

    public Task<PoisonRecord?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        records.FindAsync(Partition, StorageKeys.Escape(id), cancellationToken);

    public IAsyncEnumerable<PoisonRecord> ListAsync(CancellationToken cancellationToken = default) =>
        records.QueryAsync(RecordQuery.InPartition(Partition), cancellationToken);

    public Task<RecordPage<PoisonSummary>> ListPageAsync(int pageSize, string? continuation, CancellationToken cancellationToken = default) =>
        summaries.QueryPageAsync(Summaries, pageSize, continuation, cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await summaries.QueryAsync(Summaries, cancellationToken).CountAsync(cancellationToken);

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        records.DeleteAsync(Partition, StorageKeys.Escape(id), cancellationToken);
}
