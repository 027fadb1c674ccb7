using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>Comments with a mention of one service category, by the polarity of that category's mentions in each.</summary>
public sealed record CategoryCounts(ServiceCategory Category, PolarityCounts Polarity)
{
    public CategoryCounts Plus(CategoryCounts other) => this with { Polarity = Polarity.Plus(other.Polarity) };
}

/// <summary>
/// Analysed comments of one kind (NPS, review, CSAT) and what they say about service: how many mention it, with
/// which overall polarity, in which categories, and (NPS) how many promoters praise it and detractors blame it.
/// </summary>
public sealed record FeedbackCounts
{
    public required string Kind { get; init; }
    public int Comments { get; init; }
    public int WithService { get; init; }
    public PolarityCounts Polarity { get; init; } = PolarityCounts.None;
    public IReadOnlyList<CategoryCounts> Categories { get; init; } = [];
    public int PromotersPraising { get; init; }
    public int DetractorsBlaming { get; init; }

    public static FeedbackCounts None(string kind) => new() { Kind = kind };

    public static FeedbackCounts Of(DailyFact fact)
    {
        var counts = new FeedbackCounts { Kind = fact.FeedbackKind ?? "", Comments = 1 };
        if (!fact.MentionsService || fact.ServicePolarity is not { } polarity) return counts;
        var nps = fact.FeedbackKind == FeedbackKind.Nps;
        return counts with
        {
            WithService = 1,
            Polarity = PolarityCounts.Of(polarity),
            Categories = [.. CategoryPolarities(fact.Mentions).Select(c => new CategoryCounts(c.Key, PolarityCounts.Of(c.Value)))],
            PromotersPraising = nps && fact.Score >= 9 && PolarityCounts.Of(polarity).Praising == 1 ? 1 : 0,
            DetractorsBlaming = nps && fact.Score <= 6 && PolarityCounts.Of(polarity).Blaming == 1 ? 1 : 0,
        };
    }

    /// <summary>Each category's polarity in one comment, combined as the comment's overall service polarity is.</summary>
    public static IReadOnlyDictionary<ServiceCategory, Polarity> CategoryPolarities(IReadOnlyList<ServiceMention> mentions) =>
        mentions.GroupBy(m => m.Category).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => FeedbackAnalysisProjection.ServicePolarity([.. g]) ?? Sentiment.Polarity.Neutral);

    public FeedbackCounts Plus(FeedbackCounts other) => this with
    {
        Comments = Comments + other.Comments,
        WithService = WithService + other.WithService,
        Polarity = Polarity.Plus(other.Polarity),
        Categories = [.. Categories.Concat(other.Categories).GroupBy(c => c.Category).OrderBy(g => g.Key).Select(g => g.Aggregate((a, b) => a.Plus(b)))],
        PromotersPraising = PromotersPraising + other.PromotersPraising,
        DetractorsBlaming = DetractorsBlaming + other.DetractorsBlaming,
    };
}
