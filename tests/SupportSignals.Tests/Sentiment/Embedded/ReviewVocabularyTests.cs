using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>English words whose general-purpose valence misreads reviews.</summary>
public class ReviewVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff ignored our party of six all evening.", "staff")]
    [InlineData("Yeah, the support team can be slow.", "support team")]
    [InlineData("Sure, the hostess seated us, then forgot us for an hour.", "hostess")]
    [InlineData("Our waiter knocked a glass over my jacket and did not stop to apologize.", "waiter")]
    public void Chat_slang_and_neutral_nouns_do_not_sweeten_a_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter promised to ask the kitchen.", "waiter")]
    [InlineData("Our server told us to save room for dessert.", "server")]
    [InlineData("The host seated our party by the window.", "host")]
    public void Neutral_nouns_and_verbs_are_not_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.NotEqual(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void Praise_of_the_place_stays_with_the_place()
    {
        const string text = "The service was disappointing, but overall the place is lovely.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text), text, "service").Polarity);
    }
}
