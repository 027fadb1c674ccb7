using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>"Albeit" concedes like "though": what it introduces weighs less than the main clause.</summary>
public class ConcessionWordTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The service was slow, albeit friendly.", "service", Polarity.Negative)]
    [InlineData("Our waiter was rude, albeit quick.", "waiter", Polarity.Negative)]
    [InlineData("The support team was helpful, albeit slow to answer.", "support team", Polarity.Positive)]
    [InlineData("Albeit a little slow, the waiter was lovely.", "waiter", Polarity.Positive)]
    public void The_main_clause_outweighs_what_albeit_concedes(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text), text, term).Polarity);
    }
}
