using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Ordinary French and Dutch words that another language's lexicon defines for every language (analyzer90):
/// a French or Dutch text reads them with their own meaning, not the foreign one ("ma" is "my", not Portuguese "bad";
/// "dont" is "whose", not English "don't"; Dutch "lente" is spring, not the slowness of French "lent").</summary>
public class FrenchAndDutchWordsOfOtherLanguagesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("fr", "Ma femme a adoré l'accueil.", "accueil", Polarity.Positive)]
    [InlineData("fr", "Ma mère a trouvé le serveur charmant.", "serveur", Polarity.Positive)]
    [InlineData("fr", "Un serveur dont la gentillesse est remarquable.", "serveur", Polarity.Positive)]
    [InlineData("fr", "Il faut dire que le service était parfait.", "service", Polarity.Positive)]
    [InlineData("fr", "Nous sommes revenus plus tard, le serveur était charmant.", "serveur", Polarity.Positive)]
    [InlineData("nl", "Met mijn ma gegeten, de bediening was top.", "bediening", Polarity.Positive)]
    [InlineData("nl", "Het personeel werkt hard en is heel vriendelijk.", "personeel", Polarity.Positive)]
    [InlineData("nl", "Ruim voldoende personeel, allemaal vriendelijk.", "personeel", Polarity.Positive)]
    public void Own_words_keep_their_own_meaning(string language, string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("fr", "Le repas était à la hauteur de nos attentes.")]
    [InlineData("fr", "Une valeur sûre du quartier.")]
    [InlineData("fr", "La salle était nettement plus calme.")]
    [InlineData("nl", "In de lente zitten we graag op het terras.")]
    [InlineData("nl", "Netto betaal je minder dan elders.")]
    public void No_service_is_told(string language, string text)
    {
        var analysis = _analyzer.Analyze(language, text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
