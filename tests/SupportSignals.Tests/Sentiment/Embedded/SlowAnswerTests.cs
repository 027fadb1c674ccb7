using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Support answers in days: an answer that took days or has not come is slow service.</summary>
public class SlowAnswerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Support took three days to reply to my ticket.", "Support")]
    [InlineData("The support team took weeks to get back to us.", "support team")]
    [InlineData("Our CSM took over a week to answer my question.", "CSM")]
    [InlineData("Still waiting for the support agent to call back.", "support agent")]
    [InlineData("Never heard back from the helpdesk.", "helpdesk")]
    public void An_answer_that_took_days_or_never_came_is_slow(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Speed), (mention.Polarity, mention.Category));
    }
}
