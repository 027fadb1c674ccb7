using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>An imperative that opens the sentence gives the reader advice: the verb is no service word ("ignore",
/// "forget", "pay attention"), and the staff its clause names are a mention only when the clause judges them.</summary>
public class AdviceToTheReaderTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Just ignore the noisy regulars at the bar.")]
    [InlineData("Always ask the barman for the cocktail of the day.")]
    [InlineData("Forget the reviews you read online; the pasta here is superb.")]
    [InlineData("Please make sure you pay attention to the wine list.")]
    [InlineData("Tell the host it is your anniversary.")]
    [InlineData("(Always ask the waiter for the daily specials!)")]
    [InlineData("[Just ask the barman about the beers on tap.]")]
    [InlineData("(Tell the host it is your birthday.)")]
    public void Advice_names_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Go there for the wonderful staff.", "staff", Polarity.Positive)]
    [InlineData("Ask for Maria, she is the friendliest waitress in town.", "waitress", Polarity.Positive)]
    [InlineData("Ignored by the waiter for half an hour.", "waiter", Polarity.Negative)]
    [InlineData("Avoid this place, the staff were rude to us.", "staff", Polarity.Negative)]
    [InlineData("(Ask for Maria, she is the friendliest waitress in town.)", "waitress", Polarity.Positive)]
    [InlineData("(The waiter was rude.)", "waiter", Polarity.Negative)]
    [InlineData("(We waited 40 minutes for a table, and the waiter never came.)", "waiter", Polarity.Negative)]
    public void Service_judged_beside_advice_is_still_a_mention(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
