using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Praise in the comparative after a modal is what was missing; denied after a modal it is top praise.</summary>
public class WishedForComparativeTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "The support team should be more responsive.", "support team")]
    [InlineData("en", "Support should be faster.", "Support")]
    [InlineData("en", "The staff might be friendlier at night.", "staff")]
    [InlineData("en", "The onboarding would be better with a proper CSM.", "onboarding")]
    [InlineData("nl", "De medewerker kon vriendelijker.", "medewerker")]
    public void A_comparative_of_praise_after_a_modal_is_blame(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter could not have been nicer.", "waiter")]
    [InlineData("Support couldn't be faster.", "Support")]
    [InlineData("I would be happy to recommend the support team.", "support team")]
    [InlineData("Nothing could be better than this support team.", "support team")]
    [InlineData("Couldn't have asked for a better support team.", "support team")]
    public void A_denied_comparative_or_plain_praise_after_a_modal_stays_praise(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text), text, term).Polarity);
    }
}
