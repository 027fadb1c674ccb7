using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>French service vocabulary as classes (analyzer71): who serves (collaborateurs, caissière, voiturier, "le
/// responsable"), the praise and blame of their manner with the plurals that were missing ("sympas"), service withheld
/// ("pas un bonjour", "l'impression de déranger", "pas pris la peine"), negation by absence ("absence de"), the wrong
/// dish, a request made again.</summary>
public class FrenchServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Les collaborateurs du restaurant sont très sympas.", "collaborateurs", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("La caissière était arrogante.", "caissière", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Le voiturier était discret et dévoué.", "voiturier", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Une serveuse distante et grincheuse.", "serveuse", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Pas un bonjour de la part du serveur.", "serveur", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("On avait l'impression de déranger le personnel.", "personnel", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Le serveur n'a même pas pris la peine de nous saluer.", "serveur", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Absence de sourire chez les serveurs.", "serveurs", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Les serveurs sont de bon conseil.", "serveurs", Polarity.Positive, ServiceCategory.Knowledge)]
    [InlineData("Le serveur est négligent.", "serveur", Polarity.Negative, ServiceCategory.Friendliness)]
    public void Who_serves_and_how_is_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("fr", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Le responsable a été très arrangeant.", "responsable", Polarity.Positive)]
    [InlineData("Le serveur nous a apporté le mauvais plat.", "serveur", Polarity.Negative)]
    [InlineData("Nous avons dû redemander l'addition au serveur.", "serveur", Polarity.Negative)]
    [InlineData("Un service efficace, on ne manque de rien.", "service", Polarity.Positive)]
    public void The_house_and_its_acts_are_judged(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("fr", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Un bistrot chaleureux au coeur du quartier.")]
    [InlineData("Une adresse chaleureuse et un cadre agréable.")]
    [InlineData("Lieu sympathique, cuisine honnête.")]
    public void A_warm_or_pleasant_place_is_no_service(string text)
    {
        var analysis = _analyzer.Analyze("fr", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Le personnel était chaleureux.", "personnel")]
    [InlineData("Un accueil chaleureux et rapide.", "accueil")]
    [InlineData("Serveur très sympathique.", "Serveur")]
    public void Warm_or_pleasant_staff_are_still_praised(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("fr", text), text, term).Polarity);
    }
}
