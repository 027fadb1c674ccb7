using global::Azure.Data.Tables;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// Splits entities into entity-group transactions: one partition each, at most 100 entities and well under the
/// 4 MiB payload limit, submitted in parallel.
/// </summary>
public static class TableBatches
{
    public const int MaxEntities = 100;
    private const long MaxBytes = 3 * 1024 * 1024;

    public static IEnumerable<List<(int Index, TableEntity Entity)>> Split(IReadOnlyList<TableEntity> entities)
    {
        foreach (var partition in entities.Select((entity, index) => (Index: index, Entity: entity)).GroupBy(e => e.Entity.PartitionKey))
        {
            var batch = new List<(int, TableEntity)>();
            long bytes = 0;
            foreach (var item in partition)
            {
                var size = EstimateBytes(item.Entity);
                if (batch.Count == MaxEntities || (batch.Count > 0 && bytes + size > MaxBytes))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                }
                batch.Add(item);
                bytes += size;
            }
            if (batch.Count > 0) yield return batch;
        }
    }

    // Binary goes over the wire as base64; strings as UTF-8 JSON (worst case 3 bytes a char).
    private static long EstimateBytes(TableEntity entity) => 512 + entity.Sum(p => p.Value switch
    {
        byte[] bytes => bytes.Length * 4L / 3,
        BinaryData data => data.ToMemory().Length * 4L / 3,
        string text => text.Length * 3L,
        _ => 32L,
    } + p.Key.Length);
}
