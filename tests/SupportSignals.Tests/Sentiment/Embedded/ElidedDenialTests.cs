using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// An elided denial (round analyzer38): a negator alone in a clause that opens with "and", "but" or "though" ("and
/// sometimes not", "but not always", "but not today") stands for the predicate before it, left out, and denies the
/// judgement said last before its clause: "The staff are friendly, but not always" does not praise them. A negator with
/// a content word after it ("and not wine"), an alternative ("whether … or not") or a clause that names something else
/// ("and the food was not") is no such ellipsis.
/// </summary>
public class ElidedDenialTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("The staff are friendly, but not always.", "staff")]
    [InlineData("Our waiter was attentive, but not always.", "waiter")]
    [InlineData("Sometimes the bartender is really welcoming, and sometimes not.", "bartender")]
    [InlineData("The support team is usually helpful, but sometimes not.", "support team")]
    [InlineData("The hostess was polite at first, but not later.", "hostess")]
    public void A_denial_that_stands_for_the_judgement_before_it_denies_it(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
        Assert.Equal(Polarity.Negative, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter was lovely and the food was not.", "waiter", Polarity.Positive)]
    [InlineData("Our server was great, and not pushy at all.", "server", Polarity.Positive)]
    [InlineData("The waitress was very kind and brought us tap water, and not bottled water.", "waitress", Polarity.Positive)]
    [InlineData("The staff were wonderful, whether the owner was there or not.", "staff", Polarity.Positive)]
    [InlineData("The agent was rude, but not to me.", "agent", Polarity.Negative)]
    public void A_negator_with_something_of_its_own_denies_no_judgement_before_it(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void A_sentence_with_nothing_judged_before_the_denial_keeps_the_bare_complaint()
    {
        const string text = "We asked the waiter for the menu, but no.";

        Assert.NotEqual(Polarity.Positive, MentionOf(_rules.Analyze("en", text, "en"), text, "waiter").Polarity);
    }
}
