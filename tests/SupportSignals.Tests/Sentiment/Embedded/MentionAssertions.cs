using SupportSignals.Sentiment;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Finds the mention whose span covers a service term, and checks the span really points at it.</summary>
internal static class MentionAssertions
{
    public static ServiceMention MentionOf(TextAnalysis analysis, string text, string term)
    {
        var at = text.IndexOf(term, StringComparison.Ordinal);
        Assert.True(at >= 0, $"test text lacks '{term}'");
        var mention = analysis.Mentions.SingleOrDefault(m => m.Offset <= at && at + term.Length <= m.Offset + m.Length);
        Assert.True(mention is not null, $"no mention covers '{term}'; mentions: {Describe(analysis)}");
        Assert.Equal(text.Substring(mention.Offset, mention.Length), mention.Text);
        return mention;
    }

    public static string Describe(TextAnalysis analysis) =>
        string.Join("; ", analysis.Mentions.Select(m => $"'{m.Text}' {m.Polarity} {m.Category}"));

    /// <summary>The polarity every mention of the analysis shares, or null when there is none or they disagree.</summary>
    public static Polarity? SharedPolarity(TextAnalysis analysis)
    {
        Polarity? shared = null;
        foreach (var mention in analysis.Mentions)
        {
            if (shared is not null && shared != mention.Polarity)
            {
                return null;
            }
            shared = mention.Polarity;
        }
        return shared;
    }
}
