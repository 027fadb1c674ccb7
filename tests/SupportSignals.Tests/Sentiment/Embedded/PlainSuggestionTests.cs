using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Round analyzer63: a suggestion of the staff told plainly ("the waitress suggested the soup of the day") is
/// an act that judges nothing, a neutral mention of their knowledge; the staff are judged by how they made it ("kindly")
/// or by how what they suggested turned out ("recommended a dreadful dessert").</summary>
public class PlainSuggestionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The bartender suggested a local cider.", "bartender")]
    [InlineData("Our waitress recommended the chicken curry.", "waitress")]
    [InlineData("The sommelier suggested a bottle from Portugal.", "sommelier")]
    [InlineData("The hostess recommended we sit on the terrace.", "hostess")]
    public void A_suggestion_told_plainly_is_a_neutral_mention_of_knowledge(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
        Assert.Equal(ServiceCategory.Knowledge, mention.Category);
    }

    [Theory]
    [InlineData("The waiter recommended a dreadful dessert.", "waiter", Polarity.Negative)]
    [InlineData("The bartender suggested a great cocktail.", "bartender", Polarity.Positive)]
    [InlineData("Our waiter kindly recommended the daily special.", "waiter", Polarity.Positive)]
    [InlineData("Our server recommended the salmon, which was overcooked.", "server", Polarity.Negative)]
    [InlineData("The sommelier recommended a red that paired perfectly with the steak.", "sommelier", Polarity.Positive)]
    public void A_suggestion_is_judged_by_its_manner_or_by_how_it_turned_out(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
