using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer33 (English detection): a place run or managed badly ("the place is poorly managed", "badly run") is
/// blame of the people who run it, a service mention whatever the clause opened with, as a wait is.
/// </summary>
public class PlaceRunBadlyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The place is clearly poorly managed.", "poorly managed")]
    [InlineData("The restaurant is badly run and it shows on a busy night.", "badly run")]
    [InlineData("Great burgers, but the whole operation is mismanaged.", "mismanaged")]
    [InlineData("Honestly the hotel is terribly managed.", "terribly managed")]
    [InlineData("Nice rooms in a badly managed building.", "badly managed")]
    public void A_place_run_badly_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
