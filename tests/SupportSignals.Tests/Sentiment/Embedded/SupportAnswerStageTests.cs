using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer53 (guards, no behaviour changed): a bare "Support?" answered in the next words and praise asked back
/// and denied ("Helpful staff? Not really.") stay judged in the product. The trainer reads such a line as one example
/// and its drop model dropped three of them there (p(none) 0.93-0.96), but the product runs the stage on the bare
/// question alone and then answers it (EmbeddedAnalyzer.AnswerBareQuestion), so the product read all of these right
/// before the round as after. Own sentences, in neither the training nor the test files.
/// </summary>
public class SupportAnswerStageTests
{
    private readonly EmbeddedAnalyzer _product = new();

    [Theory]
    [InlineData("Support? Fantastic, every single time.", "Support", Polarity.Positive)]
    [InlineData("Customer service? First class.", "Customer service", Polarity.Positive)]
    [InlineData("Support? Useless as ever.", "Support", Polarity.Negative)]
    [InlineData("Customer support? Pretty much nonexistent.", "Customer support", Polarity.Negative)]
    public void A_service_asked_and_answered_in_the_next_words_stays_judged(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_product.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Helpful staff? Not really.", "staff")]
    [InlineData("Knowledgeable agents? Not really.", "agents")]
    [InlineData("Fast support? Not in my experience.", "support")]
    [InlineData("Friendly agents? Not that I noticed.", "agents")]
    [InlineData("Quick replies? Not really.", "replies")]
    public void Praise_asked_back_and_denied_stays_a_complaint(string text, string term)
    {
        var mention = MentionOf(_product.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
