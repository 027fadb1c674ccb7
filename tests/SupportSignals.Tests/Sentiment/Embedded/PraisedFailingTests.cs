using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Praise of a skill that is a failing ("great at ignoring us", "brilliant at forgetting orders") is sarcasm: the
/// praise counts as blame. Praise of a real skill ("great at explaining the menu") stays praise.
/// </summary>
public class PraisedFailingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff are great at ignoring us.", "staff", Polarity.Negative)]
    [InlineData("The waiters were brilliant at forgetting orders.", "waiters", Polarity.Negative)]
    [InlineData("Their support team is excellent at losing tickets.", "support team", Polarity.Negative)]
    [InlineData("The agent was wonderful at ignoring my emails.", "agent", Polarity.Negative)]
    [InlineData("Our waitress was amazing at disappearing for twenty minutes.", "waitress", Polarity.Negative)]
    [InlineData("Customer support is fantastic at forgetting what you told them.", "Customer support", Polarity.Negative)]
    [InlineData("The waiter was great at explaining the menu.", "waiter", Polarity.Positive)]
    [InlineData("The staff were brilliant at remembering our names.", "staff", Polarity.Positive)]
    [InlineData("Support is excellent at solving problems quickly.", "Support", Polarity.Positive)]
    public void Praise_of_a_failing_as_a_skill_is_a_complaint(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
