using System.Text.Json.Serialization;
using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>
/// An analysed NPS comment, review or CSAT remark, counted on the day the feedback was given (as its own row says
/// now: a response's first answer only moves earlier, a rating's latest only later). The newest analysis wins; a
/// deleted review stays deleted; a failed analysis is not counted (it says nothing about service).
/// </summary>
public sealed record FeedbackInputs : IFactInputs<FeedbackInputs>
{
    public required string FeedbackKind { get; init; }
    public required string Source { get; init; }
    public required string FeedbackId { get; init; }
    public string? AccountId { get; init; }
    public int? Score { get; init; }
    public required DateTimeOffset GivenAt { get; init; }
    public bool MentionsService { get; init; }
    public Polarity? ServicePolarity { get; init; }
    public IReadOnlyList<ServiceMention> Mentions { get; init; } = [];
    public bool Failed { get; init; }
    public bool Deleted { get; init; }
    public required DateTimeOffset AnalysedAt { get; init; }

    [JsonIgnore] public string Group => FactKind.Feedback;
    [JsonIgnore] public string Key => $"{FeedbackKind}-{Source}:{FeedbackId}";

    /// <param name="givenAt">When the feedback counts, from the response, review or rating row just read.</param>
    public static FeedbackInputs From(FeedbackAnalysis analysis, DateTimeOffset givenAt, bool deleted) => new()
    {
        FeedbackKind = analysis.Kind,
        Source = analysis.Source,
        FeedbackId = analysis.FeedbackId,
        AccountId = analysis.AccountId,
        Score = analysis.Score,
        GivenAt = givenAt,
        MentionsService = analysis.MentionsService,
        ServicePolarity = analysis.ServicePolarity,
        Mentions = analysis.Mentions,
        Failed = analysis.Error is not null,
        Deleted = deleted,
        AnalysedAt = analysis.AnalysedAt,
    };

    public FeedbackInputs Join(FeedbackInputs candidate) =>
        (candidate.AnalysedAt >= AnalysedAt ? candidate : this) with
        {
            Deleted = Deleted || candidate.Deleted,
            GivenAt = FeedbackKind == Sentiment.FeedbackKind.Csat ? Later(GivenAt, candidate.GivenAt) : Earlier(GivenAt, candidate.GivenAt),
        };

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public IReadOnlyList<DailyFact> Facts() => Deleted || Failed
        ? []
        : [new DailyFact
        {
            Kind = FactKind.Feedback,
            Key = Key,
            At = GivenAt,
            AccountId = AccountId,
            Source = Source,
            EntityId = FeedbackId,
            Score = Score,
            FeedbackKind = FeedbackKind,
            MentionsService = MentionsService,
            ServicePolarity = ServicePolarity,
            Mentions = Mentions,
        }];

    // Records compare lists by reference; mentions are compared by content so a redelivery is seen as "nothing new".
    public bool Equals(FeedbackInputs? other) =>
        other is not null && Core() == other.Core() && Mentions.SequenceEqual(other.Mentions);

    public override int GetHashCode() => HashCode.Combine(Source, FeedbackId, AnalysedAt, Deleted);

    private (string, string, string, string?, int?, DateTimeOffset, bool, Polarity?, bool, bool, DateTimeOffset) Core() =>
        (FeedbackKind, Source, FeedbackId, AccountId, Score, GivenAt, MentionsService, ServicePolarity, Failed, Deleted, AnalysedAt);
}
