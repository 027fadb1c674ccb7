using SupportSignals.Storage;

namespace SupportSignals.Processing;

/// <summary>Where failures wait, with their reasons, for a replay.</summary>
public interface IPoisonStore
{
    Task AddAsync(PoisonRecord record, CancellationToken cancellationToken = default);

    Task<PoisonRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every record with its payload, for code that must look inside each (erasure).</summary>
    IAsyncEnumerable<PoisonRecord> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of records without their payloads, in poison-id order (stable across pages, not time order).
    /// </summary>
    Task<RecordPage<PoisonSummary>> ListPageAsync(int pageSize, string? continuation, CancellationToken cancellationToken = default);

    /// <summary>How many records wait, read without their payloads.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task RemoveAsync(string id, CancellationToken cancellationToken = default);
}
