using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Days, weeks and months are a wait for an answer when a word measures them as one ("takes at least two days", "took
/// them the best part of a week"); unmeasured they tell a stay or opening days. "The best part of" measures a span and
/// praises nothing; "less than" bounds one from above like "within".
/// </summary>
public class MeasuredLongWaitTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Every reply takes at least two days.", "reply", Polarity.Negative)]
    [InlineData("It took them the best part of a week to answer.", "week", Polarity.Negative)]
    [InlineData("Support takes at least a week to reply.", "Support", Polarity.Negative)]
    [InlineData("A response takes at least four days.", "response", Polarity.Negative)]
    [InlineData("It took them the better part of a month to reply to my email.", "month", Polarity.Negative)]
    [InlineData("The agent took the best part of an hour to answer.", "agent", Polarity.Negative)]
    [InlineData("Support took 3 days to answer.", "Support", Polarity.Negative)]
    [InlineData("We waited no less than 40 minutes for the staff to notice us.", "staff", Polarity.Negative)]
    [InlineData("Every reply takes less than ten minutes.", "reply", Polarity.Positive)]
    [InlineData("The restaurant is open 7 days a week and the staff are lovely.", "staff", Polarity.Positive)]
    [InlineData("We stayed two weeks and the staff were lovely.", "staff", Polarity.Positive)]
    public void A_measured_span_of_days_is_a_slow_answer(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
