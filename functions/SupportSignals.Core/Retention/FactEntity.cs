namespace SupportSignals.Retention;

/// <summary>A day and kind under which an entity's fact was filed at some point.</summary>
public sealed record FiledAt(string Kind, string Day);

/// <summary>
/// The joined inputs of one entity and every place its facts were filed, so a fact that moved day or no longer
/// applies (a reopened ticket, a deleted review) is replaced by a tombstone. Table "FactEntities",
/// PartitionKey = "{group}|{key}", RowKey = "entity".
/// </summary>
public sealed record FactEntity<T> where T : class
{
    public required T Inputs { get; init; }
    public long Version { get; init; }
    public IReadOnlyList<FiledAt> Filed { get; init; } = [];

    public const string TableName = "FactEntities";
    public const string Row = "entity";
}
