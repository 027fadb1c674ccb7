using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

public static class FeedbackKind
{
    public const string Nps = "nps";
    public const string Review = "review";
    public const string Csat = "csat";
}

/// <summary>
/// The analysis of one piece of customer feedback (an NPS comment, a review, a CSAT remark) with its service
/// mentions. Table "FeedbackAnalyses", PartitionKey = "{kind}-{source}", RowKey = the feedback's id (NPS response
/// id, review id, CSAT ticket id), so re-analysing a changed comment replaces the row.
/// </summary>
public sealed record FeedbackAnalysis
{
    /// <summary>One of <see cref="FeedbackKind"/>.</summary>
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string FeedbackId { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    /// <summary>NPS 0–10, review stars 1–5, CSAT 1 (satisfied) or 0.</summary>
    public int? Score { get; init; }
    /// <summary>When the feedback was given: the period it counts in.</summary>
    public required DateTimeOffset GivenAt { get; init; }
    public required string Text { get; init; }
    public required string Language { get; init; }
    public required Polarity Polarity { get; init; }
    public IReadOnlyList<ServiceMention> Mentions { get; init; } = [];
    public bool MentionsService { get; init; }
    /// <summary>The service mentions' overall polarity: mixed when they disagree; null without a mention.</summary>
    public Polarity? ServicePolarity { get; init; }
    public string? Error { get; init; }
    public required DateTimeOffset AnalysedAt { get; init; }
    /// <summary>The <see cref="ISentimentAnalyzer.Version"/> that made this analysis; null for rows older than versions.</summary>
    public string? AnalyzerVersion { get; init; }

    public const string TableName = "FeedbackAnalyses";

    /// <summary>This feedback with <paramref name="result"/> as its analysis, made by <paramref name="analyzerVersion"/>.</summary>
    public FeedbackAnalysis AnalysedAs(TextAnalysis result, string? analyzerVersion, DateTimeOffset at) => this with
    {
        Language = result.Language,
        Polarity = result.Polarity,
        Mentions = result.Mentions,
        MentionsService = result.MentionsService,
        ServicePolarity = FeedbackAnalysisProjection.ServicePolarity(result.Mentions),
        Error = result.Error,
        AnalysedAt = at,
        AnalyzerVersion = analyzerVersion,
    };

    /// <summary>The same language, polarity, mentions and outcome: nothing a figure or a list reads has changed.</summary>
    public bool SameFiguresAs(FeedbackAnalysis other) =>
        (Language, Polarity, MentionsService, ServicePolarity, Error) == (other.Language, other.Polarity, other.MentionsService, other.ServicePolarity, other.Error)
        && Mentions.SequenceEqual(other.Mentions);

    public static string PartitionOf(string kind, string source) => StorageKeys.Escape($"{kind}-{source}");

    public static string RowOf(string feedbackId) => StorageKeys.Escape(feedbackId);
}
