using SupportSignals.Storage;

namespace SupportSignals.Attribution;

/// <summary>
/// An account whose churn save matures on a future day (its save window ends then). Table "PendingSaves",
/// PartitionKey = the maturity day (yyyyMMdd), RowKey = account: the nightly job reads the days up to today only.
/// </summary>
public sealed record PendingSave(string AccountId, DateTimeOffset MaturesAt)
{
    public const string TableName = "PendingSaves";

    public static string PartitionOf(DateTimeOffset day) => StorageKeys.Day(day);
}
