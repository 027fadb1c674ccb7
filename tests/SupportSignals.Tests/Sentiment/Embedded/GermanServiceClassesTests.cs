using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>German service vocabulary as classes (analyzer91): who serves in every trade, as compounds and in the
/// feminine and plural ("Tierarzthelferin", "Verkäuferinnen"); praise and blame of manner the stems missed; callbacks,
/// silence and hold queues with no one named; lukewarm verdicts as neutral; the customer's own people and the
/// product meanings of service words as no mention.</summary>
public class GermanServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Die Friseurin war sehr geduldig.", "Friseurin", Polarity.Positive)]
    [InlineData("Die Verkäuferinnen waren patzig.", "Verkäuferinnen", Polarity.Negative)]
    [InlineData("Der Paketbote war ausgesprochen freundlich.", "Paketbote", Polarity.Positive)]
    [InlineData("Der Monteur war pünktlich und gründlich.", "Monteur", Polarity.Positive)]
    [InlineData("Die Sprechstundenhilfe war desinteressiert.", "Sprechstundenhilfe", Polarity.Negative)]
    [InlineData("Die Tierarzthelferin ging liebevoll mit der Katze um.", "Tierarzthelferin", Polarity.Positive)]
    [InlineData("Der Sachbearbeiter hat meine Unterlagen verloren.", "Sachbearbeiter", Polarity.Negative)]
    [InlineData("Die Rezeptionistin hat uns einen Tisch organisiert.", "Rezeptionistin", Polarity.Positive)]
    [InlineData("Das Hotelpersonal war unaufmerksam.", "Hotelpersonal", Polarity.Negative)]
    [InlineData("Der Kundenberater hatte keine Ahnung.", "Kundenberater", Polarity.Negative)]
    [InlineData("Die Kollegin von der Störungsstelle war sehr engagiert.", "Kollegin", Polarity.Positive)]
    [InlineData("Der Barkeeper war witzig und aufmerksam.", "Barkeeper", Polarity.Positive)]
    [InlineData("Der Handwerker kam zu spät und hat sich nicht mal entschuldigt.", "Handwerker", Polarity.Negative)]
    public void Who_serves_in_every_trade_is_read(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("t", text, "de"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Ich hänge seit einer Stunde in der Warteschleife.")]
    [InlineData("Niemand hat zurückgerufen.")]
    [InlineData("Bis heute hat sich keiner gemeldet.")]
    [InlineData("Der versprochene Rückruf kam nie.")]
    [InlineData("Ich wurde dreimal weiterverbunden und abgewimmelt.")]
    [InlineData("Die Versicherung hat immer noch nicht gezahlt.")]
    [InlineData("Na toll, wieder keine Antwort vom Support.")]
    [InlineData("Danke für nichts, liebes Serviceteam.")]
    public void Silence_and_waiting_with_no_one_named_blame_the_service(string text)
    {
        var analysis = _analyzer.Analyze("t", text, "de");

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(Polarity.Negative, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("Der Verkäufer hat die Ware ohne Murren zurückgenommen.", "Verkäufer")]
    [InlineData("Die Bankberaterin hat mich stets auf dem Laufenden gehalten.", "Bankberaterin")]
    public void Trouble_denied_and_updates_given_praise_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("t", text, "de"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Der Service war solide.")]
    [InlineData("Der Service war in Ordnung, mehr aber auch nicht.")]
    [InlineData("Das Personal war okay, nichts Besonderes.")]
    [InlineData("Die Bedienung war durchschnittlich.")]
    [InlineData("Der Berater hat mir die Tarife erklärt.")]
    [InlineData("Der Kellner war schon okay.")]
    public void A_lukewarm_verdict_or_a_plain_act_is_neutral(string text)
    {
        var analysis = _analyzer.Analyze("t", text, "de");

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(Polarity.Neutral, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("Unser eigenes Team hat die Umstellung gemacht.")]
    [InlineData("Unsere Mitarbeiter arbeiten jeden Tag mit der Software.")]
    [InlineData("Meine Kollegen finden das Programm übersichtlich.")]
    [InlineData("Die Servicepauschale war zu hoch.")]
    [InlineData("Unsere IT-Abteilung hat das Update eingespielt.")]
    public void The_customers_own_people_and_product_meanings_are_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("t", text, "de").Mentions);
    }
}
