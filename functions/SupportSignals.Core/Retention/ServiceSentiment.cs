using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>One category's share of the analysed comments, now and in the previous period.</summary>
public sealed record CategoryShare
{
    public required ServiceCategory Category { get; init; }
    /// <summary>Comments with a mention of this category, by that category's polarity in each.</summary>
    public required PolarityCounts Polarity { get; init; }
    public double? Share { get; init; }
    public double? PreviousShare { get; init; }
    /// <summary>Month-over-month change in percentage points.</summary>
    public double? ChangePoints { get; init; }
}

/// <summary>
/// Of the analysed comments of one kind in a period, the share with a service mention (DOMAIN.md), split by the
/// comments' service polarity and by category, with the change from the previous period in percentage points.
/// </summary>
public sealed record ServiceShare
{
    public required string Kind { get; init; }
    public int Comments { get; init; }
    public int WithService { get; init; }
    public double? Share { get; init; }
    public required PolarityCounts Polarity { get; init; }
    public IReadOnlyList<CategoryShare> Categories { get; init; } = [];
    public int PreviousComments { get; init; }
    public int PreviousWithService { get; init; }
    public double? PreviousShare { get; init; }
    public double? ChangePoints { get; init; }

    public static ServiceShare Of(FeedbackCounts now, FeedbackCounts before)
    {
        double? Share(FeedbackCounts counts, ServiceCategory category) =>
            Ratio.Of(counts.Categories.FirstOrDefault(c => c.Category == category)?.Polarity.Total ?? 0, counts.Comments);
        return new ServiceShare
        {
            Kind = now.Kind,
            Comments = now.Comments,
            WithService = now.WithService,
            Share = Ratio.Of(now.WithService, now.Comments),
            Polarity = now.Polarity,
            Categories = [.. now.Categories.Select(c => c.Category).Union(before.Categories.Select(c => c.Category)).Order().Select(category => new CategoryShare
            {
                Category = category,
                Polarity = now.Categories.FirstOrDefault(c => c.Category == category)?.Polarity ?? PolarityCounts.None,
                Share = Share(now, category),
                PreviousShare = Share(before, category),
                ChangePoints = Points(Share(now, category), Share(before, category)),
            })],
            PreviousComments = before.Comments,
            PreviousWithService = before.WithService,
            PreviousShare = Ratio.Of(before.WithService, before.Comments),
            ChangePoints = Points(Ratio.Of(now.WithService, now.Comments), Ratio.Of(before.WithService, before.Comments)),
        };
    }

    private static double? Points(double? now, double? before) => now - before is { } change ? change * 100 : null;
}

/// <summary>How many comments praised (or blamed) one service category.</summary>
public sealed record CategoryTally(ServiceCategory Category, int Comments);

/// <summary>What customers say about service in a period: NPS comments and reviews apart, and what they praise and blame.</summary>
public sealed record ServiceSentiment
{
    public required ServiceShare Nps { get; init; }
    public required ServiceShare Reviews { get; init; }
    /// <summary>NPS promoters whose comment praises service ÷ all promoters in the period; null when no NPS comment was analysed.</summary>
    public int PromotersPraising { get; init; }
    public double? PromotersPraisingShare { get; init; }
    /// <summary>NPS detractors whose comment blames service ÷ all detractors in the period; null when no NPS comment was analysed.</summary>
    public int DetractorsBlaming { get; init; }
    public double? DetractorsBlamingShare { get; init; }
    /// <summary>Categories by comments praising them (NPS comments, reviews and CSAT remarks together), most first.</summary>
    public IReadOnlyList<CategoryTally> TopPraised { get; init; } = [];
    public IReadOnlyList<CategoryTally> TopBlamed { get; init; } = [];

    public const int TopCount = 3;

    public static ServiceSentiment Of(IReadOnlyDictionary<string, FeedbackCounts> now, IReadOnlyDictionary<string, FeedbackCounts> before, NpsFigures nps)
    {
        FeedbackCounts Kind(IReadOnlyDictionary<string, FeedbackCounts> counts, string kind) => counts.GetValueOrDefault(kind) ?? FeedbackCounts.None(kind);
        var npsComments = Kind(now, FeedbackKind.Nps);
        var categories = now.Values.SelectMany(c => c.Categories).GroupBy(c => c.Category)
            .Select(g => g.Aggregate((a, b) => a.Plus(b))).ToList();
        IReadOnlyList<CategoryTally> Top(Func<PolarityCounts, int> count) =>
        [
            .. categories.Select(c => new CategoryTally(c.Category, count(c.Polarity))).Where(t => t.Comments > 0)
                .OrderByDescending(t => t.Comments).ThenBy(t => t.Category).Take(TopCount),
        ];
        return new ServiceSentiment
        {
            Nps = ServiceShare.Of(npsComments, Kind(before, FeedbackKind.Nps)),
            Reviews = ServiceShare.Of(Kind(now, FeedbackKind.Review), Kind(before, FeedbackKind.Review)),
            PromotersPraising = npsComments.PromotersPraising,
            PromotersPraisingShare = npsComments.Comments == 0 ? null : Ratio.Of(npsComments.PromotersPraising, nps.Promoters),
            DetractorsBlaming = npsComments.DetractorsBlaming,
            DetractorsBlamingShare = npsComments.Comments == 0 ? null : Ratio.Of(npsComments.DetractorsBlaming, nps.Detractors),
            TopPraised = Top(p => p.Praising),
            TopBlamed = Top(p => p.Blaming),
        };
    }
}
