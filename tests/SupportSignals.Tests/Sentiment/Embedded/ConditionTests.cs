using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A Dutch sentence that opens with a condition ("als je …", "indien …") gives advice or states a
/// hypothesis, so it makes no service mention, nor does one that opens with a short label and a colon ("Tip: als
/// …"); "als" before a noun ("als aperitief") is "as", no condition.</summary>
public class ConditionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Als je de ober om advies vraagt, kies dan zeker de huiswijn.")]
    [InlineData("Als u op zondag komt, reserveer dan vooraf want de bediening heeft het druk.")]
    [InlineData("Als het personeel wat vriendelijker was, zouden we vaker komen.")]
    [InlineData("Indien de eigenaar dit leest: zorg voor meer personeel in het weekend.")]
    [InlineData("Tip: als de ober je een aperitief aanbiedt, vraag eerst wat het kost.")]
    public void A_sentence_opening_with_a_condition_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("nl", text);

        Assert.Equal("nl", analysis.Language);
        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("Als aperitief bracht de vriendelijke ober ons een glaasje cava.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De ober was zo traag als een slak, en dat als je honger hebt.", "ober", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("Goed om te weten: de ober is er altijd vriendelijk.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Kortom: als gastheer is hij top.", "gastheer", Polarity.Positive, ServiceCategory.Friendliness)]
    public void As_before_a_noun_or_later_in_the_sentence_is_no_condition(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("nl", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }
}
