using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The guest sent away outright (round analyzer38): told to go ("okay, you guys are outta here") or put out of the door
/// ("showed us the door", "threw us out") blames the staff's manner, beside analyzer34's "ushered us out". A guest who
/// leaves of their own accord ("we were out of there by nine") blames nobody.
/// </summary>
public class GuestSentAwayTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("As soon as we paid, the waiter grabbed the cash and said, right, you guys are outta here.", "waiter")]
    [InlineData("The manager showed us the door when we asked for the bill to be checked.", "manager")]
    [InlineData("The bouncer threw us out for no reason at all.", "bouncer")]
    [InlineData("Our server made it clear she wanted us out by ten.", "server")]
    public void Sending_the_guest_away_blames_the_staff(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
        Assert.Equal(Polarity.Negative, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("We were out of there by nine, full and happy.")]
    [InlineData("We went out for dinner and then home.")]
    public void A_guest_leaving_of_their_own_accord_mentions_no_service(string text)
    {
        Assert.False(_rules.Analyze("en", text, "en").MentionsService);
    }
}
