using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A comparative denied after a modal says nothing could surpass what was had: "could not have been
/// friendlier" is top praise and "couldn't be worse" top blame; without a modal or a comparative the negation still
/// reverses.</summary>
public class UnsurpassedTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "The staff could not have been friendlier.", "staff", Polarity.Positive)]
    [InlineData("en", "Our waiter couldn't be more helpful.", "waiter", Polarity.Positive)]
    [InlineData("en", "The front desk could not have been ruder.", "front desk", Polarity.Negative)]
    [InlineData("en", "The service can't be beat.", "service", Polarity.Positive)]
    [InlineData("nl", "De bediening kon echt niet beter.", "bediening", Polarity.Positive)]
    [InlineData("nl", "De ober had niet vriendelijker kunnen zijn.", "ober", Polarity.Positive)]
    public void A_denied_comparative_after_a_modal_is_top_praise_or_blame(string language, string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text, language), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("en", "The waiter was not friendly.", "waiter")]
    [InlineData("en", "The staff could not be helpful with our question.", "staff")]
    [InlineData("nl", "De ober was niet beter dan vorige keer.", "ober")]
    public void Without_a_modal_or_a_comparative_the_negation_reverses(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text, language), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
