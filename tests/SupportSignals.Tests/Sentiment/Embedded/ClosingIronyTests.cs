using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer49: irony told after the praise — a negator alone after a comma ending the sentence ("Great service,
/// not.") or "said no one ever" — turns the praise into blame. Own sentences, with guards.
/// </summary>
public class ClosingIronyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Thanks for the great service, not.", "service")]
    [InlineData("Our waiter was so attentive, NOT!", "waiter")]
    [InlineData("Friendly staff, not.", "staff")]
    [InlineData("The support team was really helpful, said no one ever.", "support team")]
    public void Praise_taken_back_by_closing_irony_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The staff were friendly, not pushy.", "staff")]
    [InlineData("The waiter was attentive, but not intrusive.", "waiter")]
    [InlineData("The host was charming, was he not?", "host")]
    public void A_negator_with_more_to_say_or_a_question_keeps_the_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }
}
