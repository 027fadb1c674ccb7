using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A judgement in another clause (past "but", a semicolon or a dash) reaches a service mention only when the
/// mention's own clause says nothing of it: the verdict on the evening is not a verdict on the waiter.</summary>
public class OtherClauseJudgementTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "The waiter was lovely, but I would never come back.", "waiter")]
    [InlineData("en", "The bartender was a delight, but honestly the whole evening was a disaster.", "bartender")]
    [InlineData("en", "Our server was attentive; sadly, we left disappointed.", "server")]
    [InlineData("en", "The manager was helpful - the rest of the night was awful.", "manager")]
    [InlineData("nl", "Het personeel was vriendelijk, maar we komen nooit meer terug.", "personeel")]
    public void The_mention_keeps_what_its_own_clause_says(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text, language), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("As for the staff: never again.", "staff")]
    [InlineData("The staff were friendly but slow.", "staff")]
    public void Another_clause_still_counts_when_it_is_all_there_is_or_says_it_of_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter was slow but nice.", "waiter", Polarity.Positive)]
    [InlineData("Our hostess was a little distracted, but very sweet.", "hostess", Polarity.Positive)]
    [InlineData("The bartender was chatty but not pleasant.", "bartender", Polarity.Negative)]
    [InlineData("The server was quick but a bit cold.", "server", Polarity.Negative)]
    public void A_judgement_right_after_but_goes_on_judging_the_same_subject(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
