using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>How the guest was served, in French and Dutch (analyzer90): the adverb of the participle ("bien servis",
/// "correctement servies", "au lance-pierre"), an adverb inside an idiom ("laisse beaucoup à désirer", "laat veel te
/// wensen over"), blame put on the guest, guidance and explanation given, a phone not picked up, the staff taking their
/// own time, doing everything for the guest, and having to fetch things oneself.</summary>
public class FrenchAndDutchServiceMannerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("fr", "Nous avons été bien servis.", "bien servis", Polarity.Positive)]
    [InlineData("fr", "Des assiettes correctement servies.", "correctement servies", Polarity.Positive)]
    [InlineData("fr", "On nous a servi au lance-pierre.", "lance-pierre", Polarity.Negative)]
    [InlineData("fr", "Le serveur a rejeté la faute sur la cuisine.", "serveur", Polarity.Negative)]
    [InlineData("fr", "La serveuse nous a guidés dans le choix du vin.", "serveuse", Polarity.Positive)]
    [InlineData("fr", "La délicatesse du service nous a ravis.", "service", Polarity.Positive)]
    [InlineData("fr", "Le service laisse beaucoup à désirer.", "service", Polarity.Negative)]
    [InlineData("fr", "Nous avons dû aller chercher les couverts au bar.", "dû aller chercher", Polarity.Negative)]
    [InlineData("nl", "Ze namen de telefoon niet op.", "namen de telefoon niet op", Polarity.Negative)]
    [InlineData("nl", "De obers nemen hun tijd.", "obers", Polarity.Negative)]
    [InlineData("nl", "De bediening laat veel te wensen over.", "bediening", Polarity.Negative)]
    [InlineData("nl", "Het personeel deed er alles aan om ons te helpen.", "personeel", Polarity.Positive)]
    [InlineData("nl", "Er werd duidelijk uitgelegd wat we kregen.", "duidelijk uitgelegd", Polarity.Positive)]
    public void The_manner_of_serving_is_read(string language, string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }
}
