using System.Globalization;

namespace SupportSignals.Storage;

/// <summary>
/// Which records to read: a partition or partition range, a row range, and equality filters on properties.
/// Ranges are inclusive-from, exclusive-to, compared as ordinal strings (as Table Storage does).
/// </summary>
public sealed record RecordQuery
{
    public string? Partition { get; init; }
    public string? PartitionFrom { get; init; }
    public string? PartitionTo { get; init; }
    public string? RowFrom { get; init; }
    public string? RowTo { get; init; }
    /// <summary>Property name (as serialized, camelCase) to required value (string, bool, long, double).</summary>
    public IReadOnlyDictionary<string, object> Where { get; init; } = new Dictionary<string, object>();
    /// <summary>A property compared as an ordinal string (instants are stored as UTC ISO 8601, so this is a time range).</summary>
    public string? RangeProperty { get; init; }
    public string? RangeFrom { get; init; }
    public string? RangeTo { get; init; }
    /// <summary>
    /// The columns to read (as stored, camelCase), or null for all. A reader whose record type leaves out a heavy or
    /// personal column names the rest, so that storage does not send it at all rather than sending it to be dropped.
    /// </summary>
    public IReadOnlyList<string>? Select { get; init; }

    public static RecordQuery InPartition(string partition) => new() { Partition = partition };

    /// <summary>An instant as the tables store it (UTC ISO 8601), for <see cref="RangeFrom"/> and <see cref="RangeTo"/>.</summary>
    public static string? Instant(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static readonly RecordQuery All = new();
}
