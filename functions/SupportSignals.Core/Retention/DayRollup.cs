using System.Text.Json.Serialization;
using SupportSignals.Customers;
using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>A day's NPS and CSAT counts in one segment.</summary>
public sealed record SegmentCounts(string Segment, NpsFigures Nps, CsatFigures Csat);

/// <summary>
/// One segment's durations of one kind on one day, in chunks small enough for a table property, so that
/// percentiles over 90 days stay exact without reading 90 days of facts.
/// </summary>
public sealed record DurationChunk
{
    public required string Day { get; init; }
    public required string Kind { get; init; }
    public required string Segment { get; init; }
    public int Chunk { get; init; }
    public IReadOnlyList<long> Seconds { get; init; } = [];

    public const int Size = 2_000;

    [JsonIgnore] public string Row => Storage.StorageKeys.Escape($"{DayRollup.DurationRowPrefix}{Kind}|{Segment}|{Chunk:D4}");
}

/// <summary>
/// A day's facts, counted: the aggregate the nightly job keeps so that a 30- or 90-day window adds up a few rows
/// per day instead of re-reading every fact. Table "DailyRollups", PartitionKey = yyyyMMdd, RowKey = "rollup"
/// (durations in "times|…" rows beside it).
/// </summary>
public sealed record DayRollup
{
    public required string Day { get; init; }
    /// <summary>When the build started: later late writes make it stale.</summary>
    public required DateTimeOffset BuiltAt { get; init; }
    public int Facts { get; init; }
    public IReadOnlyList<SegmentCounts> Segments { get; init; } = [];
    public IReadOnlyList<FeedbackCounts> Feedback { get; init; } = [];

    public const string TableName = "DailyRollups";
    public const string Row = "rollup";
    public const string DurationRowPrefix = "times|";

    public static readonly IReadOnlyList<string> FeedbackKinds = [FeedbackKind.Nps, FeedbackKind.Review, FeedbackKind.Csat];

    /// <param name="cohort">Accounts at the end of the day, for their plan and region.</param>
    public static (DayRollup Rollup, IReadOnlyList<DurationChunk> Durations) Build(
        string day, DateTimeOffset builtAt, IReadOnlyList<DailyFact> facts, IReadOnlyDictionary<string, AccountState> cohort)
    {
        var live = facts.Where(f => !f.Removed).ToList();
        IEnumerable<string> SegmentsOf(DailyFact f) => Retention.Segments.Of(f.AccountId is { } id ? cohort.GetValueOrDefault(id) : null);

        var nps = new Dictionary<string, NpsFigures>();
        var csat = new Dictionary<string, CsatFigures>();
        var durations = new Dictionary<(string Kind, string Segment), List<long>>();
        foreach (var fact in live)
        {
            foreach (var segment in SegmentsOf(fact))
            {
                if (fact is { Kind: FactKind.Nps, Score: { } score })
                    nps[segment] = nps.GetValueOrDefault(segment, NpsFigures.None).Plus(NpsFigures.OfScore(score));
                else if (fact is { Kind: FactKind.Csat, Satisfied: { } satisfied })
                    csat[segment] = csat.GetValueOrDefault(segment, CsatFigures.None).Plus(CsatFigures.Of(satisfied));
                else if (fact.Seconds is { } seconds && FactKind.Durations.Contains(fact.Kind))
                    (durations.TryGetValue((fact.Kind, segment), out var list) ? list : durations[(fact.Kind, segment)] = []).Add(seconds);
            }
        }

        var rollup = new DayRollup
        {
            Day = day,
            BuiltAt = builtAt,
            Facts = live.Count,
            Segments = [.. nps.Keys.Union(csat.Keys).Order(StringComparer.Ordinal)
                .Select(s => new SegmentCounts(s, nps.GetValueOrDefault(s, NpsFigures.None), csat.GetValueOrDefault(s, CsatFigures.None)))],
            Feedback = [.. FeedbackKinds.Select(kind => live.Where(f => f.Kind == FactKind.Feedback && f.FeedbackKind == kind)
                .Select(FeedbackCounts.Of).Aggregate(FeedbackCounts.None(kind), (sum, one) => sum.Plus(one)))],
        };
        var chunks = durations.OrderBy(d => d.Key.Kind, StringComparer.Ordinal).ThenBy(d => d.Key.Segment, StringComparer.Ordinal)
            .SelectMany(d => d.Value.Order().Chunk(DurationChunk.Size).Select((values, i) =>
                new DurationChunk { Day = day, Kind = d.Key.Kind, Segment = d.Key.Segment, Chunk = i, Seconds = values }))
            .ToList();
        return (rollup, chunks);
    }
}
