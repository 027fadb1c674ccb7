using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer49: a word of blame right before praise intensifies it ("terribly nice", "wicked friendly", "stupid
/// fast"), as "insanely" already did; elsewhere it keeps its blame. Own sentences.
/// </summary>
public class BlameWordIntensifierTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The waiter was terribly nice.", "waiter")]
    [InlineData("The bar staff are wicked friendly.", "staff")]
    [InlineData("Service was stupid fast for a Friday night.", "Service")]
    [InlineData("Our hostess was dreadfully sweet to the kids.", "hostess")]
    [InlineData("The support team is scary good at this.", "support team")]
    public void Blame_word_before_praise_intensifies_the_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter was terribly rude.", "waiter")]
    [InlineData("The staff were dreadfully slow.", "staff")]
    [InlineData("The service was terrible.", "service")]
    [InlineData("Our waitress treated us terribly.", "waitress")]
    public void Blame_word_elsewhere_still_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
