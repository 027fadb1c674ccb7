using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Words of other lexicons that are English words too ("regular", "extra", "sale", "nickel", "rap", "gut", "top")
/// keep their meaning in their own language but are not lent to English text, where they judge nothing.</summary>
public class FalseFriendTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The bartender greets every regular by name.", "bartender", Polarity.Positive)]
    [InlineData("The waiter brought an extra plate for the kids.", "waiter", Polarity.Neutral)]
    [InlineData("The sales team called me back the next morning.", "team", Polarity.Neutral)]
    [InlineData("The bartender put on some rap for us.", "bartender", Polarity.Neutral)]
    [InlineData("My gut says our waiter was new here.", "waiter", Polarity.Neutral)]
    [InlineData("To top it all, our waitress sneezed over the bread basket and ignored us.", "waitress", Polarity.Negative)]
    public void An_English_word_does_not_borrow_a_foreign_judgement(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Fact]
    public void Nickel_and_dime_borrows_no_judgement_and_reads_as_no_praise()
    {
        const string text = "The waiter tried to nickel and dime us on every drink.";

        // the rules read no judgement into "nickel" or "dime"; the learned English stage may read the idiom as the
        // complaint it is (round analyzer27's retrain does), never as praise
        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", text, "en"), text, "waiter").Polarity);
        Assert.NotEqual(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, "waiter").Polarity);
    }

    [Theory]
    [InlineData("es", "El servicio fue regular.", "servicio", Polarity.Negative)]
    [InlineData("fr", "Le service était extra.", "service", Polarity.Positive)]
    [InlineData("nl", "De bediening was rap.", "bediening", Polarity.Positive)]
    [InlineData("de", "Der Service war gut.", "Service", Polarity.Positive)]
    [InlineData("fr", "Le service était top.", "service", Polarity.Positive)]
    [InlineData("nl", "De bediening was top.", "bediening", Polarity.Positive)]
    [InlineData("de", "Der Service war top.", "Service", Polarity.Positive)]
    public void Its_own_language_still_reads_it(string language, string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text, language), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
