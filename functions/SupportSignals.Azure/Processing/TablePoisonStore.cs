using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Processing;

/// <summary>Poison records in one partition: they are few, and an operator lists them all.</summary>
public sealed class TablePoisonStore(IRecordStore<PoisonRecord> records) : IPoisonStore
{
    public const string TableName = "Poison";
    private const string Partition = "poison";

    public Task AddAsync(PoisonRecord record, CancellationToken cancellationToken = default) =>
        records.UpsertAsync(Partition, StorageKeys.Escape(record.Id), record, cancellationToken);

    public Task<PoisonRecord?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        records.FindAsync(Partition, StorageKeys.Escape(id), cancellationToken);

    public IAsyncEnumerable<PoisonRecord> ListAsync(CancellationToken cancellationToken = default) =>
        records.QueryAsync(RecordQuery.InPartition(Partition), cancellationToken);

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        records.DeleteAsync(Partition, StorageKeys.Escape(id), cancellationToken);
}
