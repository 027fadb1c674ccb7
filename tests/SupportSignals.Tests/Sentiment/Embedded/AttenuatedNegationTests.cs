using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Softened negations ("far from", "niet echt") reverse what follows and are lukewarm on their own.</summary>
public class AttenuatedNegationTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("nl", "De bediening liep niet echt vlot.", "bediening")]
    [InlineData("nl", "Het onthaal door de gastvrouw was verre van hartelijk.", "gastvrouw")]
    [InlineData("en", "The staff were far from friendly.", "staff")]
    [InlineData("fr", "Le personnel était loin d'être aimable.", "personnel")]
    [InlineData("ru", "Официанты здесь далеко не самые вежливые.", "Официанты")]
    public void A_softened_negation_reverses_the_praise_after_it(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Bediening op niveau, en dat voor een drukke zaterdag.", "Bediening")]
    [InlineData("Proficiat aan het hele team van de zaak!", "team")]
    public void Dutch_praise_without_an_adjective(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("De bediening zou soms wat sneller kunnen.", "bediening")]
    [InlineData("Een ober mag op z'n minst beleefd zijn tegen gasten.", "ober")]
    public void Dutch_could_and_should_be_better_are_complaints(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }
}
