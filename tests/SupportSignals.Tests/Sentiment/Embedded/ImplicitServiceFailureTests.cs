using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Service failures told as events with no staff word: the phone rang out, the booking was lost or given away, the bill
/// was wrong, nobody's attention could be had, the guest did the staff's work, others were served out of turn, things
/// were done without telling the guest (or, as praise, before the guest asked). Also more words for the people serving
/// ("cashier", "counter staff").
/// </summary>
public class ImplicitServiceFailureTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("I called twice and nobody picked up the phone.", "nobody picked up")]
    [InlineData("The phone rang and rang and then went to voicemail.", "rang and rang")]
    [InlineData("They lost my reservation and had no table for us.", "lost my reservation")]
    [InlineData("When we got there they had no record of our booking.", "no record of our booking")]
    [InlineData("They gave away our table because we were five minutes late.", "gave away our table")]
    [InlineData("They double booked the private room.", "double booked")]
    [InlineData("They ran my card twice for the same dinner.", "ran my card twice")]
    [InlineData("There was a mistake on the bill and we had to point it out.", "mistake on the bill")]
    [InlineData("It was impossible to get anyone's attention after the mains.", "get anyone's attention")]
    [InlineData("We spent ten minutes trying to get someone's attention.", "get someone's attention")]
    [InlineData("Eventually we had to go up to the bar to order.", "had to go up to the bar")]
    [InlineData("We had to get up and find our own cutlery.", "find our own")]
    [InlineData("Two tables that came in after us were served first.", "served first")]
    [InlineData("Our appetizers were forgotten about completely.", "were forgotten about")]
    [InlineData("They added a service charge without telling us.", "without telling us")]
    [InlineData("They changed our booking without letting us know.", "without letting us know")]
    [InlineData("Our server brought the wine list only after we asked.", "server")]
    [InlineData("The staff stood around chatting among themselves.", "staff")]
    [InlineData("The cashier was rude and short with us.", "cashier")]
    public void A_service_failure_told_as_events_is_a_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter brought extra napkins without us asking.", "waiter")]
    [InlineData("Our glasses were topped up before we could ask.", "topped up")]
    [InlineData("The counter staff were lovely and patient.", "counter staff")]
    public void Service_before_the_guest_asked_and_praised_counter_staff_are_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("We chatted among ourselves for hours.")]
    [InlineData("We got up and danced after dinner.")]
    [InlineData("The pasta was missing salt.")]
    public void The_guest_s_own_doings_and_a_dish_s_flaw_make_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("We forgot our umbrella at the table.")]
    [InlineData("I forgot to book, so we ate at the bar.")]
    public void The_guest_s_own_forgetting_blames_nobody(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("They never made us feel rushed, even at closing time.", "made us feel rushed", Polarity.Positive)]
    [InlineData("The host made us feel rushed from the moment we sat down.", "host", Polarity.Negative)]
    public void Feeling_rushed_is_reached_by_a_negator_before_made(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
