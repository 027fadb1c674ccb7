using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>
/// Which analysed comments a drill-down lists: of a feedback kind, mentioning a category, with a polarity (of the
/// comment's service mentions, or of that category's when one is given; "praise" = positive or mixed, "blame" =
/// negative or mixed, as the summary counts them), within a score range.
/// </summary>
public sealed record MentionFilter
{
    public const string Praise = "praise";
    public const string Blame = "blame";

    public string? FeedbackKind { get; init; }
    public ServiceCategory? Category { get; init; }
    public string? Polarity { get; init; }
    public int? MinScore { get; init; }
    public int? MaxScore { get; init; }

    public static bool IsPolarity(string value) => value is Praise or Blame || EnumCodes.TryParse<Polarity>(value, out _);

    public bool Matches(DailyFact fact)
    {
        if (fact.Removed || !fact.MentionsService || fact.ServicePolarity is not { } overall) return false;
        if (FeedbackKind is { } kind && fact.FeedbackKind != kind) return false;
        if (MinScore is { } min && !(fact.Score >= min)) return false;
        if (MaxScore is { } max && !(fact.Score <= max)) return false;
        var polarity = overall;
        if (Category is { } category)
        {
            if (!FeedbackCounts.CategoryPolarities(fact.Mentions).TryGetValue(category, out polarity)) return false;
        }
        return Polarity switch
        {
            null => true,
            Praise => PolarityCounts.Of(polarity).Praising == 1,
            Blame => PolarityCounts.Of(polarity).Blaming == 1,
            var code => EnumCodes.Code(polarity) == code,
        };
    }
}
