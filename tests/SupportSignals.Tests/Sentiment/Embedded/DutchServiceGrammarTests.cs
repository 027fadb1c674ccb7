using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Dutch service read by its grammar (analyzer81): a wait whose adverb stands apart in the verb cluster ("niet
/// lang hoeven wachten"), negation by "allesbehalve" and "weinig", praise by a denied comparison ("ongeëvenaard",
/// "niets dan lof"), a denied omission that denies nothing ("niet nalaten te vermelden"), separable verbs ("liepen ons
/// straal voorbij", "liet het afweten"), taking trouble or time for the guest, the owner told as the house's story,
/// and a diminutive span of time as a lukewarm wait.</summary>
public class DutchServiceGrammarTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("We hoefden niet lang te wachten op de ober.", "ober", Polarity.Positive)]
    [InlineData("Op de rekening hebben we niet lang moeten wachten.", "lang moeten wachten", Polarity.Positive)]
    [InlineData("We moesten drie keer vragen om de rekening.", "drie keer vragen", Polarity.Negative)]
    [InlineData("De ober had het te druk om ons te helpen.", "ober", Polarity.Negative)]
    [InlineData("De bediening was erg vlug.", "bediening", Polarity.Positive)]
    [InlineData("Na een kwartiertje kwam het voorgerecht.", "kwartiertje", Polarity.Neutral)]
    public void Waits_and_speed_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("De ober was allesbehalve vriendelijk.", "ober", Polarity.Negative)]
    [InlineData("Het personeel was alles behalve behulpzaam.", "personeel", Polarity.Negative)]
    [InlineData("De serveerster was weinig vriendelijk.", "serveerster", Polarity.Negative)]
    [InlineData("De ober bleek weinig behulpzaam.", "ober", Polarity.Negative)]
    [InlineData("Een ongeëvenaarde bediening.", "bediening", Polarity.Positive)]
    [InlineData("De bediening is weergaloos.", "bediening", Polarity.Positive)]
    [InlineData("Niets dan lof voor de bediening.", "bediening", Polarity.Positive)]
    [InlineData("Ik wil niet nalaten de attente bediening te vermelden.", "bediening", Polarity.Positive)]
    [InlineData("De ober nam niet de moeite om ons te begroeten.", "ober", Polarity.Negative)]
    [InlineData("Alles was in orde, uitgezonderd de bediening.", "bediening", Polarity.Negative)]
    public void Negation_and_denied_comparison_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("De obers liepen ons straal voorbij.", "obers", Polarity.Negative)]
    [InlineData("De bediening liet het afweten.", "bediening", Polarity.Negative)]
    [InlineData("De manager deed niets met onze klacht.", "manager", Polarity.Negative)]
    [InlineData("De ober nam rustig de tijd om de kaart uit te leggen.", "ober", Polarity.Positive)]
    [InlineData("Het personeel stond altijd klaar voor ons.", "personeel", Polarity.Positive)]
    [InlineData("De gastheer was uiterst hoffelijk.", "gastheer", Polarity.Positive)]
    [InlineData("De uitbaatster was grof tegen ons.", "uitbaatster", Polarity.Negative)]
    [InlineData("De jongen die ons hielp was erg lief.", "die ons hielp", Polarity.Positive)]
    [InlineData("De eigenaar was heel vriendelijk.", "eigenaar", Polarity.Positive)]
    public void Acts_and_manners_of_who_serves_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("nl", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("De eigenaar doet zelf de zaal.")]
    [InlineData("De uitbater kookt alles zelf.")]
    public void The_owner_named_alone_tells_the_house_story(string text)
    {
        var analysis = _analyzer.Analyze("nl", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
