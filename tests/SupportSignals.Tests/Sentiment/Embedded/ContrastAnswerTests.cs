using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A mention whose own clause, after "but", judges nothing answers what came before the contrast: it goes the other
/// way ("the terrace was chilly, but the staff brought us blankets" praises the staff). A judgement after the mention,
/// beyond "but", still reaches it as before ("nice staff, but I would never go back").
/// </summary>
public class ContrastAnswerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The terrace was chilly, but the staff brought us blankets.", "staff", Polarity.Positive)]
    [InlineData("Our room was noisy, but the receptionist moved us to the top floor.", "receptionist", Polarity.Positive)]
    [InlineData("The fish was excellent, but the waiter brought the bill before we had finished.", "waiter", Polarity.Negative)]
    [InlineData("I loved the cocktails, but the bartender took our glasses while we were still drinking.", "bartender", Polarity.Negative)]
    public void A_mention_that_judges_nothing_after_but_answers_the_clause_before(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The staff were lovely, but I would never go back.", "staff", Polarity.Positive)]
    [InlineData("The terrace was chilly, but the staff were rude about the blankets.", "staff", Polarity.Negative)]
    public void A_mention_judged_in_its_own_clause_keeps_its_judgement(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
