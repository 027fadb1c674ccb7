using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A case passed on is judged by how it went: told with its fix it is praise, told as a runaround ("passed me
/// around", "transferred me twice") it is blame (round analyzer60; its reading of a case passed on plainly as a neutral
/// mention was dropped at the merge, see docs/sentiment-rounds.md).</summary>
public class CaseHandedOnTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The agent escalated it straight away and fixed it.", Polarity.Positive)]
    [InlineData("The agents passed me around for a week.", Polarity.Negative)]
    [InlineData("The agent transferred me twice and nobody knew the answer.", Polarity.Negative)]
    [InlineData("Support kept transferring me between departments.", Polarity.Negative)]
    public void A_case_handed_on_with_its_outcome_stays_judged(string text, Polarity expected)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == expected), Describe(analysis));
    }
}
