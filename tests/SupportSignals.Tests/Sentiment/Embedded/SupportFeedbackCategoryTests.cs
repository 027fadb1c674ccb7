using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Support feedback written the way NPS comments are: what is said of the support names the category (a word for the
/// support only breaks ties), a channel is more specific than the support it belongs to, and whatever is said of the
/// onboarding or the CSM is about onboarding and success management. The language is detected, as for NPS comments.
/// </summary>
public class SupportFeedbackCategoryTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Support never answered my ticket.", "Support", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("en", "It took 3 days to get a reply from support.", "support", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("en", "Why does it take a week to get an answer from your team?", "team", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("en", "The agent did not understand my problem at all.", "agent", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("en", "The agent understood my problem right away.", "agent", Polarity.Positive, ServiceCategory.Knowledge)]
    [InlineData("en", "The support chat never connects.", "chat", Polarity.Negative, ServiceCategory.Availability)]
    [InlineData("en", "The onboarding sessions helped our team get started quickly.", "onboarding", Polarity.Positive, ServiceCategory.Onboarding)]
    [InlineData("en", "Our customer success manager disappeared after the kickoff.", "customer success manager", Polarity.Negative, ServiceCategory.Onboarding)]
    [InlineData("en", "Our CSM took over a week to answer my question.", "CSM", Polarity.Negative, ServiceCategory.Onboarding)]
    [InlineData("en", "The rep gave me wrong information about my invoice.", "rep", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("en", "Support is only available in US hours.", "Support", Polarity.Negative, ServiceCategory.Availability)]
    [InlineData("en", "Sarah from support was lovely to deal with.", "support", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("en", "The agent kept sending me links to the FAQ instead of helping.", "agent", Polarity.Negative, ServiceCategory.Resolution)]
    [InlineData("es", "El agente me dio información incorrecta.", "agente", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("fr", "L'agent m'a donné de fausses informations.", "agent", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("de", "Der Mitarbeiter gab mir falsche Informationen.", "Mitarbeiter", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("nl", "De medewerker gaf verkeerde informatie.", "medewerker", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("ru", "Оператор дал неверную информацию.", "Оператор", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("tr", "Yetkili bana yanlış bilgi verdi.", "Yetkili", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("fr", "Impossible de joindre le support par téléphone.", "support", Polarity.Negative, ServiceCategory.Availability)]
    [InlineData("de", "Der Support antwortet nie auf meine Tickets.", "Support", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("de", "Der Support ist telefonisch nicht erreichbar.", "Support", Polarity.Negative, ServiceCategory.Availability)]
    [InlineData("es", "Nunca responden a mis correos, el soporte es un desastre.", "soporte", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("es", "Imposible contactar con soporte.", "soporte", Polarity.Negative, ServiceCategory.Availability)]
    public void What_is_said_of_the_support_names_the_category(string language, string text, string term, Polarity polarity, ServiceCategory category)
    {
        var analysis = _analyzer.Analyze("comment", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal((language, polarity, category), (analysis.Language, mention.Polarity, mention.Category));
    }
}
