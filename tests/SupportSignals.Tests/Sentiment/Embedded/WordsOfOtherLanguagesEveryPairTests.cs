using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Ordinary words of one language that another language's lexicon defines for every language, found by
/// checking each language's common words against every other lexicon's shared keys (analyzer93): German "fast" is
/// "almost", "Kind" a child, "Bad" the bathroom, "hell" bright; Portuguese "por favor" is no praise; French "si bien"
/// is praise, not the Spanish concession. The rows without a failing reading on main guard the other keys fixed.</summary>
public class WordsOfOtherLanguagesEveryPairTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("de", "Die Kellnerin war unfreundlich zu unserem Kind.", "Kellnerin", Polarity.Negative)]
    [InlineData("de", "Die Portionen waren dick belegt, der Service war gut.", "Service", Polarity.Positive)]
    [InlineData("de", "Die Bedienung war freundlich, das Bad leider klein.", "Bedienung", Polarity.Positive)]
    [InlineData("de", "Der Raum war hell, der Kellner freundlich.", "Kellner", Polarity.Positive)]
    [InlineData("pt", "Por favor, melhorem o atendimento, o garçom foi muito lento.", "atendimento", Polarity.Negative)]
    [InlineData("fr", "Le serveur était si bien organisé.", "serveur", Polarity.Positive)]
    [InlineData("pt", "O garçom foi gentil, mais rápido do que esperávamos.", "garçom", Polarity.Positive)]
    [InlineData("pt", "Trabalham sob pressão e o atendimento é excelente.", "atendimento", Polarity.Positive)]
    [InlineData("es", "Éramos tres y el camarero fue muy amable.", "camarero", Polarity.Positive)]
    [InlineData("es", "El camarero fue amable, todavía recuerdo su sonrisa.", "camarero", Polarity.Positive)]
    [InlineData("tr", "Garson her gün güler yüzlüydü.", "Garson", Polarity.Positive)]
    [InlineData("hi", "Staff ka vyavhar achha lag raha tha.", "Staff ka vyavhar", Polarity.Positive)]
    public void Own_words_keep_their_own_meaning(string language, string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("de", "Fast alles hat gepasst, das Essen war lecker.")]
    public void No_service_is_told(string language, string text)
    {
        var analysis = _analyzer.Analyze(language, text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
