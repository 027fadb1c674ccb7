using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer39 (English detection): the house refusing the guest what they asked for or were due ("they wouldn't
/// let us sit at the bar", "they never gave us a menu") is blame of the service, with or without a word for the staff;
/// not letting the guest down is praise.
/// </summary>
public class RefusedGuestTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They wouldn't let us sit at the bar even though it was half empty.", "wouldn't let us")]
    [InlineData("They never gave us a menu.", "never gave us")]
    [InlineData("They didn't give us the bread until the mains arrived.", "didn't give us")]
    [InlineData("The hostess would not let me wait inside out of the rain.", "hostess")]
    [InlineData("Our server wouldn't give me a straight answer about the allergens.", "server")]
    [InlineData("We had booked for six, but they won't let us add a seventh chair.", "won't let us")]
    public void A_refusal_of_the_guest_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The staff never let us down.", "staff")]
    [InlineData("The waiters here have never let me down.", "waiters")]
    public void Never_letting_the_guest_down_is_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void Not_letting_the_guest_down_blames_nothing()
    {
        var analysis = _analyzer.Analyze("en", "They didn't let us down.", "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }
}
