using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Passing a case on (escalating it, transferring a call) is an act of the staff with no verdict of its own:
/// told plainly it is a neutral mention; told with its fix it is praise, and told as a runaround ("passed me around",
/// "transferred me twice") it is blame (round analyzer60).</summary>
public class CaseHandedOnTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The support agent escalated it to engineering.")]
    [InlineData("Our account rep escalated the outage to the product team.")]
    [InlineData("The rep transferred my call to billing.")]
    [InlineData("The agent transferred me to the accounts department.")]
    public void A_case_handed_on_plainly_is_a_neutral_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Neutral), Describe(analysis));
    }

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
