using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// What makes up for a flaw (round analyzer45): "the staff made up for the cramped room", "the service more than
/// compensates", "our waiter was the saving grace" praise the service that outweighs the flaw; denied ("nothing could
/// make up for the service") the phrase blames.
/// </summary>
public class MakesUpForTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("The room was cramped and noisy, but the staff made up for it.", "staff")]
    [InlineData("Even if the chairs are hard, the service more than compensates for that.", "service")]
    [InlineData("The decor is tired, yet the lighting, the wine list and the service overcompensate.", "service")]
    [InlineData("The room was loud; our waiter was the saving grace.", "waiter")]
    public void What_makes_up_for_a_flaw_is_praised(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The food was good, but nothing could make up for the service.", "service")]
    [InlineData("A free coffee does not make up for an hour of waiting for our waiter.", "waiter")]
    public void Denied_it_blames(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }
}
