using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A misfortune put right (round analyzer88): what went missing, kept failing, got stuck, was blocked or cancelled is
/// the customer's problem, and the staff who tracked it down, unblocked, unlocked or rebooked it are praised, not blamed
/// with the problem's own bad words. The staff's own act of cancelling or blocking, a staff member missing, and the
/// problem left as it was beside praise of manner stay blame.
/// </summary>
public class MisfortunePutRightTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our luggage went missing in transit and the gate agent tracked it down within an hour.", "gate agent")]
    [InlineData("My card was blocked abroad and the agent unblocked it in minutes.", "agent")]
    [InlineData("The train was cancelled and the station staff rebooked us onto the next one.", "staff")]
    [InlineData("The nightly sync kept failing and the support engineer tracked down the cause.", "support engineer")]
    [InlineData("Our account got stuck in review and the rep unlocked the account the same day.", "rep")]
    public void Staff_who_put_a_misfortune_right_are_praised(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The agent cancelled my booking without telling me.", "agent")]
    [InlineData("The rep was friendly but my parcel is still missing.", "rep")]
    [InlineData("The waiter was missing for most of the evening.", "waiter")]
    [InlineData("Support left our account blocked for a week.", "Support")]
    public void A_misfortune_of_the_staffs_making_or_left_as_it_was_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
