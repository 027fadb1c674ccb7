using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Endings that hide a known word, negations split around a phrase, and words that announce a drawback.</summary>
public class MorphologyAndContrastTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Personel her zaman ilgilidir.", "Personel", Polarity.Positive)]
    [InlineData("Resepsiyondaki çalışan çok kibardı.", "çalışan", Polarity.Positive)]
    [InlineData("Garsonlar dün akşam çok kabaydılar.", "Garsonlar", Polarity.Negative)]
    public void Turkish_copula_endings_keep_the_word(string text, string term, Polarity expected)
    {
        var analysis = _analyzer.Analyze("tr", text);

        Assert.Equal("tr", analysis.Language);
        Assert.Equal(expected, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("Servis bu akşam oldukça sıkıntılıydı.", "Servis")]
    [InlineData("Bu kadar kaba bir garson bu işletmeye hiç yakışmıyor.", "garson")]
    public void Turkish_trouble_words_and_suffix_negation(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("tr", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("fr", "Le cadre est joli mais le service n'était pas au rendez-vous.", "service")]
    [InlineData("fr", "Le personnel n'était pas aimable du tout.", "personnel")]
    public void A_negation_written_into_a_phrase_is_not_reversed_again(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("fr", "Très bonne cuisine, un petit bémol pour le service.", "service")]
    [InlineData("en", "Lovely food; the only complaint is the support team.", "support team")]
    [InlineData("nl", "Lekker gegeten, enig minpunt was de bediening.", "bediening")]
    public void A_word_that_announces_a_drawback_blames_what_follows(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Het zaalpersoneel deed zijn best ondanks de drukte.", "zaalpersoneel", Polarity.Positive)]
    [InlineData("De opdienster vergat onze bestelling.", "opdienster", Polarity.Negative)]
    public void Dutch_floor_staff_words_are_service(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }
}
