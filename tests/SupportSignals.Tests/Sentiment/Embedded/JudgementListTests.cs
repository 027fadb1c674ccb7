using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A service cue that judges ("slow", "rude", "friendly") is a predicate, not a thing that can be listed: after it a
/// comma starts a new clause about something else, so "service was slow, the food was great" lists nothing and the
/// service keeps its own judgement.
/// </summary>
public class JudgementListTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Service was slow, the food was great.", "Service", Polarity.Negative)]
    [InlineData("en", "The waiter was rude, the pasta was lovely.", "waiter", Polarity.Negative)]
    [InlineData("en", "Service was friendly, the food was awful.", "Service", Polarity.Positive)]
    [InlineData("en", "Support was unhelpful, the app itself is excellent.", "Support", Polarity.Negative)]
    [InlineData("en", "The agent was polite, the product is terrible.", "agent", Polarity.Positive)]
    public void A_judged_service_is_not_listed_with_the_next_clause(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("en", "Great food, wine and service.", "service", Polarity.Positive)]
    [InlineData("en", "The food, the wine and the service were all terrible.", "service", Polarity.Negative)]
    public void Listed_aspects_still_share_what_is_said_of_them(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }
}
