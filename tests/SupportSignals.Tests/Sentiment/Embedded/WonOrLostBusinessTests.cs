using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// What a business wins or loses by how it treats people judges that treatment: "the kind of treatment that buys repeat
/// business" praises it, "service like that drives customers away" blames it. The guest's own loyalty ("we are repeat
/// customers") judges nothing.
/// </summary>
public class WonOrLostBusinessTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("That is the kind of treatment that buys repeat business.", "treatment", Polarity.Positive)]
    [InlineData("It is the sort of treatment that earns loyal customers.", "treatment", Polarity.Positive)]
    [InlineData("The staff are the reason for all the repeat business.", "staff", Polarity.Positive)]
    [InlineData("That is the kind of treatment that loses customers.", "treatment", Polarity.Negative)]
    [InlineData("Service like that drives customers away.", "Service", Polarity.Negative)]
    [InlineData("We are repeat customers and the waiter is always lovely.", "waiter", Polarity.Positive)]
    [InlineData("We have been loyal customers for years, but the waiter was rude tonight.", "waiter", Polarity.Negative)]
    public void Business_won_or_lost_judges_the_treatment(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
