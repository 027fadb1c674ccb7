using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Service that merely met the bar ("adequate", "acceptable", "satisfactory") is neither praised nor blamed, like
/// "okay"; "more than adequate" praises and "not acceptable" blames.
/// </summary>
public class FaintPraiseTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Service was adequate.", "Service", Polarity.Neutral)]
    [InlineData("The support we got was acceptable.", "support", Polarity.Neutral)]
    [InlineData("Our waiter was satisfactory.", "waiter", Polarity.Neutral)]
    [InlineData("The staff were more than adequate.", "staff", Polarity.Positive)]
    [InlineData("The response time of the helpdesk was not acceptable.", "helpdesk", Polarity.Negative)]
    [InlineData("The waiter was not adequate at all.", "waiter", Polarity.Negative)]
    [InlineData("Service was excellent.", "Service", Polarity.Positive)]
    [InlineData("Service was fine.", "Service", Polarity.Positive)]
    public void Faint_praise_is_neutral(string text, string term, Polarity expected)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(expected, MentionOf(analysis, text, term).Polarity);
    }
}
