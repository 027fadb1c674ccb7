using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The guest's pardon after "but" (round analyzer38): "…, but that's no big deal", "…, but it wasn't a problem" takes
/// back the blame said before it, so the service is neither blamed nor praised by it. A clause after "but" that names
/// the staff or another aspect ("but the food was not a problem") is no pardon of what came before.
/// </summary>
public class PardonAfterContrastTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("The waiter was a bit slow, but that's not a problem.", "waiter")]
    [InlineData("Our server took a while with the bill, but it was not a big deal.", "server")]
    [InlineData("The staff were not the most cheerful, but that is no big deal.", "staff")]
    [InlineData("Support was a little slow to answer, but it wasn't a problem.", "Support")]
    [InlineData("The bartender was a bit distracted, but no harm done.", "bartender")]
    public void A_pardon_after_but_takes_back_the_blame_before_it(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
        Assert.NotEqual(Polarity.Mixed, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter was rude, but the food was not a problem.", "waiter", Polarity.Negative)]
    [InlineData("The waiter was rude, but the manager was not a problem.", "waiter", Polarity.Negative)]
    [InlineData("The waitress was slow, and that was a big problem.", "waitress", Polarity.Negative)]
    [InlineData("The waiter was slow but very friendly.", "waiter", Polarity.Positive)]
    public void A_clause_that_names_something_else_or_no_contrast_pardons_nothing(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }
}
