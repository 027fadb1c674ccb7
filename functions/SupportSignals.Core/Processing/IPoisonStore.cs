namespace SupportSignals.Processing;

/// <summary>Where failures wait, with their reasons, for a replay.</summary>
public interface IPoisonStore
{
    Task AddAsync(PoisonRecord record, CancellationToken cancellationToken = default);

    Task<PoisonRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    IAsyncEnumerable<PoisonRecord> ListAsync(CancellationToken cancellationToken = default);

    Task RemoveAsync(string id, CancellationToken cancellationToken = default);
}
