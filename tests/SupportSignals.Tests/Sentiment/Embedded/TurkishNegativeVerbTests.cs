using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Turkish verbs negated inside the word, which negate what precedes them.</summary>
public class TurkishNegativeVerbTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("gelmedi", true)]
    [InlineData("bulmuyorum", true)]
    [InlineData("soyleyemeyecegim", true)]
    [InlineData("olmazdi", true)]
    [InlineData("yapmayan", true)]
    [InlineData("gitmeyin", true)]
    [InlineData("oturmaya", false)]
    [InlineData("yemek", false)]
    [InlineData("meze", false)]
    [InlineData("ramazan", false)]
    public void Negative_endings_are_told_from_verbal_nouns_and_lookalikes(string folded, bool negative)
    {
        Assert.Equal(negative, TurkishNegativeVerb.Is(folded));
    }

    [Theory]
    [InlineData("Personeli pek yardımsever bulmuyorum.", "Personeli")]
    [InlineData("Destek ekibi e-postalarıma dönmedi.", "Destek ekibi")]
    [InlineData("Destek ekibi e-postalarıma hiç dönmedi.", "Destek ekibi")]
    public void An_unknown_negated_verb_reverses_or_complains(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("tr", text), text, term).Polarity);
    }

    [Fact]
    public void A_verbal_noun_is_not_a_negation()
    {
        const string text = "Garson bize oturmaya yer gösterdi ve çok nazikti.";

        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("tr", text), text, "Garson").Polarity);
    }
}
