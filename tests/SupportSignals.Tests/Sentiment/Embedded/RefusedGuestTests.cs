using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer39 (English detection): the staff refusing the guest what they asked for or were due ("the hostess
/// wouldn't let us sit at the bar", "the waiter never gave us a menu") is blame of the service; not letting the guest
/// down is praise. The refusal names no one itself (lead, session 15): a product, a system or the weather refuses as
/// often ("it won't let me export", "the rain wouldn't let us sit outside"), so without a word for the staff it is no
/// service mention.
/// </summary>
public class RefusedGuestTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The hostess wouldn't let us sit at the bar even though it was half empty.", "hostess")]
    [InlineData("The waiter never gave us a menu.", "waiter")]
    [InlineData("The manager refused to let us move tables.", "manager")]
    [InlineData("The hostess would not let me wait inside out of the rain.", "hostess")]
    [InlineData("Our server wouldn't give me a straight answer about the allergens.", "server")]
    [InlineData("The agent wouldn't let me speak to a supervisor.", "agent")]
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

    [Theory]
    [InlineData("It won't let me export to CSV.")]
    [InlineData("The system didn't let us add more users.")]
    [InlineData("The rain wouldn't let us sit outside.")]
    [InlineData("The new plan didn't give us any more seats.")]
    public void A_refusal_by_something_other_than_the_staff_is_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
