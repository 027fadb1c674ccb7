using System.Globalization;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>A piece of a stored summary's JSON (a table property holds at most 32K characters).</summary>
public sealed record SummaryPart
{
    public required string Date { get; init; }
    public required int Part { get; init; }
    public required int Parts { get; init; }
    public required string Fingerprint { get; init; }
    public required DateTimeOffset ComputedAt { get; init; }
    public required string Json { get; init; }
}

/// <summary>
/// Stored summaries. Table "Summaries", one partition, RowKey = "{99999999 − yyyyMMdd}|{part}": newest first, so the
/// latest summary is the first row and a trend is one range read. A summary's parts are written in one batch
/// transaction (all or nothing); a recomputation with the same figures writes nothing and keeps the first
/// computation's time.
/// </summary>
public sealed class SummaryArchive(IRecordStore<SummaryPart> parts)
{
    public const string TableName = "Summaries";
    private const string Partition = "summaries";
    private const int PartSize = 30_000;
    private const int MaxParts = 100;

    /// <returns>The summary as stored now, and whether this call wrote it.</returns>
    public async Task<(DailySummary Stored, bool Written)> StoreAsync(DailySummary summary, CancellationToken cancellationToken = default)
    {
        var fingerprint = SummaryJson.Fingerprint(summary);
        var existing = await parts.FindAsync(Partition, RowOf(summary.Date, 0), cancellationToken);
        if (existing?.Fingerprint == fingerprint) return (summary with { ComputedAt = existing.ComputedAt }, false);

        var json = SummaryJson.Serialize(summary);
        var pieces = json.Chunk(PartSize).Select(c => new string(c)).ToList();
        if (pieces.Count > MaxParts) throw new InvalidOperationException($"The summary of {DayKeys.Iso(summary.Date)} is too large to store ({json.Length} characters).");
        await parts.UpsertManyAsync([.. pieces.Select((piece, i) => (Partition, RowOf(summary.Date, i), new SummaryPart
        {
            Date = DayKeys.Iso(summary.Date),
            Part = i,
            Parts = pieces.Count,
            Fingerprint = fingerprint,
            ComputedAt = summary.ComputedAt,
            Json = piece,
        }))], cancellationToken);
        return (summary, true);
    }

    public async Task<DailySummary?> FindAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await RangeAsync(date, date, cancellationToken)).FirstOrDefault();

    public async Task<DateOnly?> LatestDateAsync(CancellationToken cancellationToken = default)
    {
        var first = await parts.QueryPageAsync(RecordQuery.InPartition(Partition), 1, null, cancellationToken);
        return first.Items.Count == 0 ? null : DateOnly.ParseExact(first.Items[0].Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The stored summaries of <paramref name="from"/>..<paramref name="to"/>, oldest first (missing days are absent).</summary>
    public async Task<IReadOnlyList<DailySummary>> RangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var query = new RecordQuery { Partition = Partition, RowFrom = Prefix(to), RowTo = Prefix(from.AddDays(-1)) };
        var byDate = new Dictionary<string, List<SummaryPart>>();
        await foreach (var part in parts.QueryAsync(query, cancellationToken))
            (byDate.TryGetValue(part.Date, out var list) ? list : byDate[part.Date] = []).Add(part);
        return [.. byDate.Values.Select(Assemble).OfType<DailySummary>().OrderBy(s => s.Date)];
    }

    // Parts left over from an earlier, longer version carry another fingerprint and are ignored.
    private static DailySummary? Assemble(List<SummaryPart> pieces)
    {
        var head = pieces.FirstOrDefault(p => p.Part == 0);
        if (head is null) return null;
        var current = pieces.Where(p => p.Fingerprint == head.Fingerprint).OrderBy(p => p.Part).ToList();
        if (current.Count != head.Parts) return null;
        return SummaryJson.Deserialize(string.Concat(current.Select(p => p.Json))) with { ComputedAt = head.ComputedAt };
    }

    private static string Prefix(DateOnly date) =>
        (99_999_999 - int.Parse(DayKeys.Of(date), CultureInfo.InvariantCulture)).ToString("D8", CultureInfo.InvariantCulture) + "|";

    private static string RowOf(DateOnly date, int part) => Prefix(date) + part.ToString("D3", CultureInfo.InvariantCulture);
}
