using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Seating the guest is an act of serving, like bringing the dishes: it is service even when its clause
/// opens with the place or a dish.</summary>
public class SeatingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The restaurant was half empty and we were still not seated.", "seated", Polarity.Negative)]
    [InlineData("The restaurant was packed, yet we were seated quickly.", "seated", Polarity.Positive)]
    [InlineData("In the crowded lobby of the hotel nobody seated us for an hour.", "seated us", Polarity.Negative)]
    [InlineData("The host seated us right away.", "host", Polarity.Positive)]
    public void Seating_is_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
