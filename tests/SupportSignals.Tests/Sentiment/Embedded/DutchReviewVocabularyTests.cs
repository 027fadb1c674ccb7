using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Dutch review vocabulary: informing the guest, more names for who serves, flexibility and attention,
/// "geen moeite te veel", foisting things on the guest; "mooi gebracht" is the plate's presentation; everyday
/// judgement words (positief, ramp, humor) and the demeanour of who serves (hulpvaardig, onattent, kil, stug).</summary>
public class DutchReviewVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("De ober had ons niet gemeld dat de keuken dicht was.", "ober", Polarity.Negative, ServiceCategory.Resolution)]
    [InlineData("De dienstverlening was uitstekend.", "dienstverlening", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Een personeelslid was erg onbeleefd.", "personeelslid", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De garçon was erg vriendelijk.", "garçon", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("We gaven geen drinkgeld.", "drinkgeld", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("Ze waren zeer flexibel met onze wensen.", "flexibel", Polarity.Positive, ServiceCategory.Resolution)]
    [InlineData("Veel persoonlijke aandacht van de ober.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Soms duurt het even voor je de aandacht van de ober hebt.", "ober", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Geen moeite te veel voor de ober.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De dienster probeerde ons van alles aan te smeren.", "dienster", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Ze zette doodleuk de verkeerde borden neer.", "doodleuk", Polarity.Negative, ServiceCategory.Friendliness)]
    public void The_word_is_read_as_service(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("nl", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("De ober was erg hulpvaardig.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De serveerster bleef geduldig.", "serveerster", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De bediening was onattent en nonchalant.", "bediening", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Het personeel was kil en stug.", "personeel", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De traagheid van de bediening was storend.", "bediening", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("De ober bood meteen zijn excuus aan.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De gastvrouw had veel humor.", "gastvrouw", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Een negatieve ervaring met het personeel.", "personeel", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De nieuwe eigenaar was een ramp.", "eigenaar", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De communicatie met de zaal verliep stroef en traag.", "communicatie", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("De communicatie met het personeel was uitstekend.", "personeel", Polarity.Positive, ServiceCategory.Resolution)]
    [InlineData("De gastvrouw is een gedreven vakvrouw.", "gastvrouw", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Dan durven ze ons nog te vragen om sneller te eten.", "durven ze", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De ober had het lef om ons uit te lachen.", "ober", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De bediening was oké.", "bediening", Polarity.Neutral, ServiceCategory.Friendliness)]
    [InlineData("Het personeel was gemiddeld.", "personeel", Polarity.Neutral, ServiceCategory.Friendliness)]
    [InlineData("De bediening was goed.", "bediening", Polarity.Positive, ServiceCategory.Friendliness)]
    public void Everyday_judgements_and_demeanour_are_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("nl", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("en", "The ramp at the entrance made it easy with the wheelchair.", Polarity.Positive)]
    [InlineData("es", "El humor del camarero no nos gustó nada.", Polarity.Negative)]
    public void Dutch_judgement_words_are_not_lent_to_other_languages(string language, string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze(language, text, language);

        Assert.Equal(polarity, analysis.Polarity);
    }

    [Fact]
    public void A_nicely_presented_plate_is_no_mention()
    {
        var analysis = _analyzer.Analyze("nl", "Alles wordt mooi gebracht en de smaken zijn top.");

        Assert.Equal(Polarity.Positive, analysis.Polarity);
        Assert.Empty(analysis.Mentions);
    }
}
