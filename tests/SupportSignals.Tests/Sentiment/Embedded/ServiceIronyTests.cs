using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer52: irony of service ("So much for friendly service.", "Friendly staff? Not here.", "Wonderful waiter if
/// you enjoy being ignored"), regret of what comes after ("Nice app, pity about the support"), praise only expected or
/// heard of ("The staff are supposed to be great"), an elided denial of an occasion ("lovely, but not today") and praise
/// told as what the staff never let happen or steered the guest away from. Own sentences, with guards.
/// </summary>
public class ServiceIronyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("So much for friendly service.", "service")]
    [InlineData("Well, so much for fast support.", "support")]
    [InlineData("So much for the attentive staff they advertise.", "staff")]
    [InlineData("So much for 24/7 support.", "support")]
    [InlineData("Friendly staff? Not here.", "staff")]
    [InlineData("Helpful support? Not in my experience.", "support")]
    [InlineData("Quick replies from the support team? Not really.", "replies")]
    [InlineData("Did the agent solve it? No.", "agent")]
    [InlineData("Excellent food, shame about the service.", "service")]
    [InlineData("Nice app, pity about the support.", "support")]
    [InlineData("Wonderful waiter if you enjoy being ignored.", "waiter")]
    [InlineData("The support team is great if you like waiting on hold.", "support team")]
    [InlineData("Perfect service if you love being rushed.", "service")]
    [InlineData("The service is great on a normal day, but not tonight.", "service")]
    [InlineData("The agents are usually helpful, but not this time.", "agents")]
    [InlineData("Our waitress was lovely, but not today.", "waitress")]
    public void Irony_or_regret_of_the_service_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Thank you so much for the friendly service.", "service")]
    [InlineData("We paid so much for the meal and the waiter was lovely.", "waiter")]
    [InlineData("The support team was so much better than the last vendor.", "support team")]
    [InlineData("Was the waiter friendly? Very much so.", "waiter")]
    [InlineData("Was the waiter rude? Not at all.", "waiter")]
    [InlineData("Was the support team slow? Not really.", "support team")]
    [InlineData("Lovely staff, if you like being pampered.", "staff")]
    [InlineData("The hostess is perfect if you enjoy being greeted warmly.", "hostess")]
    [InlineData("I heard great things about the support and they were fantastic.", "support")]
    [InlineData("The server talked us out of the dry steak.", "server")]
    [InlineData("Our waiter never let our glasses go empty.", "waiter")]
    [InlineData("The bartender never let my glass go empty.", "bartender")]
    public void Thanks_wants_honest_advice_and_full_glasses_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The staff are supposed to be great.", "staff")]
    [InlineData("The support team is said to be very responsive.", "support team")]
    [InlineData("I had heard great things about the service.", "service")]
    [InlineData("We heard so much about the friendly staff.", "staff")]
    public void Praise_only_expected_or_heard_of_is_no_verdict(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Fact]
    public void What_the_writer_found_after_hearsay_still_judges()
    {
        const string text = "The staff are supposed to be great, but they were rude to us.";

        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, "staff");

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
