using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>French service read by its grammar (analyzer81): "tout sauf" as a negation, praise by a denied comparison
/// ("sans égal", "n'a pas son égal"), what the service should be in the conditional ("pourrait être plus rapide"), what
/// is "à revoir", the staff named by their act ("la dame qui nous a servis"), the guest seating himself, a waiting list
/// that is no wait, and words said of a formula or of freshness rather than of who serves.</summary>
public class FrenchServiceGrammarTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Le service était tout sauf professionnel.", "service", Polarity.Negative)]
    [InlineData("Un accueil sans égal.", "accueil", Polarity.Positive)]
    [InlineData("Un service qui n'a pas son égal.", "service", Polarity.Positive)]
    [InlineData("Le service pourrait être plus rapide.", "service", Polarity.Negative)]
    [InlineData("Le personnel mériterait d'être plus aimable.", "personnel", Polarity.Negative)]
    [InlineData("Un service à revoir.", "service", Polarity.Negative)]
    [InlineData("L'accueil est à améliorer.", "accueil", Polarity.Negative)]
    [InlineData("Mention spéciale à la serveuse.", "serveuse", Polarity.Positive)]
    [InlineData("Le repas était bon mais le service laissait à désirer.", "service", Polarity.Negative)]
    [InlineData("Tout était parfait, à part le service.", "service", Polarity.Negative)]
    public void Negation_comparison_and_the_conditional_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("fr", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Pas de responsable pour nous répondre.", "responsable", Polarity.Negative)]
    [InlineData("Le gérant n'a rien fait pour nous aider.", "gérant", Polarity.Negative)]
    [InlineData("Nous avons été chouchoutés par toute l'équipe.", "équipe", Polarity.Positive)]
    [InlineData("Un serveur bourru et expéditif.", "serveur", Polarity.Negative)]
    [InlineData("Il a fallu réclamer le dessert.", "réclamer", Polarity.Negative)]
    [InlineData("On se sent bienvenu dès l'entrée.", "bienvenu", Polarity.Positive)]
    [InlineData("La dame qui nous a servis était charmante.", "qui nous a servis", Polarity.Positive)]
    [InlineData("Personne ne s'occupe de nous.", "s'occupe de nous", Polarity.Negative)]
    [InlineData("Servis avec le sourire.", "avec le sourire", Polarity.Positive)]
    [InlineData("Le directeur a été parfait.", "directeur", Polarity.Positive)]
    [InlineData("Une serveuse efficace.", "serveuse", Polarity.Positive)]
    public void Who_serves_and_their_acts_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("fr", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Il y a une liste d'attente le week-end.")]
    [InlineData("On s'installe à une table libre.")]
    [InlineData("Une formule simple mais efficace.")]
    [InlineData("La fraîcheur douteuse des huîtres.")]
    public void No_service_is_told(string text)
    {
        var analysis = _analyzer.Analyze("fr", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
