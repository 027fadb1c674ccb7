using System.Text.Json.Serialization;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

public static class FactKind
{
    public const string Nps = "nps";
    public const string Csat = "csat";
    public const string FirstResponse = "first_response";
    public const string FirstResolution = "first_resolution";
    public const string FullResolution = "full_resolution";
    /// <summary>An analysed NPS comment, review or CSAT remark, with its service mentions.</summary>
    public const string Feedback = "feedback";

    public static readonly IReadOnlyList<string> Durations = [FirstResponse, FirstResolution, FullResolution];

    public static readonly IReadOnlyList<string> All = [Nps, Csat, FirstResponse, FirstResolution, FullResolution, Feedback];
}

/// <summary>
/// What one entity (an NPS response, a CSAT rating, a ticket, an analysed comment) contributes to the day it counts
/// in. Table "DailyFacts", PartitionKey = that day (yyyyMMdd), RowKey = "{kind}|{key}": the nightly job reads one
/// partition per day. When an entity's day changes (a late, earlier event) its old row becomes a tombstone
/// (<see cref="Removed"/>); <see cref="Version"/> lets the newest filing win whatever order writes land in.
/// </summary>
public sealed record DailyFact
{
    public required string Kind { get; init; }
    /// <summary>"{source}:{id}" of the entity (feedback: "{feedback kind}-{source}:{id}").</summary>
    public required string Key { get; init; }
    /// <summary>The instant the fact counts at; its UTC day is the partition.</summary>
    public required DateTimeOffset At { get; init; }
    public long Version { get; init; }
    public bool Removed { get; init; }
    public string? AccountId { get; init; }
    public string? Source { get; init; }
    /// <summary>The id within the source: response id, ticket id, feedback id.</summary>
    public string? EntityId { get; init; }
    /// <summary>NPS 0–10; for feedback the score of the response or review it belongs to.</summary>
    public int? Score { get; init; }
    public bool? Satisfied { get; init; }
    /// <summary>Calendar seconds, for the response and resolution kinds.</summary>
    public long? Seconds { get; init; }
    /// <summary>For feedback: nps, review or csat (<see cref="Sentiment.FeedbackKind"/>).</summary>
    public string? FeedbackKind { get; init; }
    public bool MentionsService { get; init; }
    public Polarity? ServicePolarity { get; init; }
    public IReadOnlyList<ServiceMention> Mentions { get; init; } = [];

    public const string TableName = "DailyFacts";

    [JsonIgnore] public string Day => DayKeys.Of(At);

    public static string RowOf(string kind, string key) => StorageKeys.Escape($"{kind}|{key}");

    /// <summary>Row range of one kind inside a day partition: "{kind}|" up to "{kind}}" ('}' follows '|').</summary>
    public static (string From, string To) RowsOf(string kind) => ($"{kind}|", $"{kind}}}");

    public static DailyFact Tombstone(string kind, string key, string day) =>
        new() { Kind = kind, Key = key, At = DayKeys.Start(DayKeys.Parse(day)), Removed = true };
}
