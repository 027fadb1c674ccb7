using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer80: customer-visible misreadings earlier rounds found and left. "Honestly" opens a verdict and praises
/// nothing itself; a judgement denied both ways ("not great, not terrible") is a neutral verdict with commas too; what
/// the staff noticed judges what they noticed; the time a fix took is no wait; a card or line cancelled after a theft
/// is the help the customer needed; a ticket paid for is a fare; a fault after the warranty ran out waits for no one.
/// </summary>
public class CustomerVisibleRound80Tests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Honestly the service was nothing special.", "service")]
    [InlineData("Honestly the support team was nothing special.", "support team")]
    [InlineData("The staff were honestly nothing special.", "staff")]
    public void A_shrug_after_honestly_stays_mild_blame(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("Honestly the waiter was nothing to write home about.", "waiter")]
    [InlineData("Honestly the helpdesk was so-so.", "helpdesk")]
    public void A_faint_shrug_after_honestly_is_no_praise(string text, string term)
    {
        Assert.NotEqual(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("Honestly the service was excellent.", "service", Polarity.Positive)]
    [InlineData("Honestly, the waiter was rude.", "waiter", Polarity.Negative)]
    public void Honestly_leaves_a_clear_verdict_as_it_is(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The service was ok, not great, not terrible.", "service")]
    [InlineData("Our waiter was not great, not terrible.", "waiter")]
    [InlineData("The support team was fine, not great, not awful.", "support team")]
    [InlineData("The agent wasn't rude, wasn't friendly either.", "agent")]
    public void A_judgement_denied_both_ways_is_neutral(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter was not rude, not slow, not careless.", "waiter", Polarity.Positive)]
    [InlineData("The agent was not great, not helpful at all.", "agent", Polarity.Negative)]
    public void Denials_of_one_side_keep_their_reading(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter noticed the dish was cold.", "waiter")]
    [InlineData("Our waitress spotted that the pasta was cold.", "waitress")]
    [InlineData("The waiter realised the soup was cold.", "waiter")]
    [InlineData("Our waiter spotted that the fries were soggy.", "waiter")]
    public void What_the_staff_noticed_does_not_judge_them(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The on-call engineer had it back up in 20 minutes.", "on-call engineer")]
    [InlineData("The agent fixed it in 15 minutes.", "agent")]
    [InlineData("When the site went down their engineer had it back online in 30 minutes.", "their engineer")]
    [InlineData("My phone was stolen and the agent cancelled the line straight away.", "agent")]
    [InlineData("My purse was stolen and the advisor blocked my cards within minutes.", "advisor")]
    [InlineData("My phone was stolen and the agent cancelled the line.", "agent")]
    [InlineData("Our card was skimmed so the advisor froze the account.", "advisor")]
    [InlineData("My wallet was stolen and the rep cancelled both cards and sent new ones.", "rep")]
    public void A_quick_fix_and_a_safeguard_after_a_theft_are_praised(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("We waited 40 minutes for the waiter.", "waiter")]
    [InlineData("The agent blocked my card for no reason.", "agent")]
    [InlineData("The agent cancelled my card without asking me.", "agent")]
    public void A_wait_and_a_card_blocked_with_no_theft_stay_blamed(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("Our train tickets were cheaper than flying.")]
    [InlineData("We bought our tickets at the station.")]
    [InlineData("The screen cracked two days after the warranty ended.")]
    [InlineData("My laptop died a week after the warranty expired.")]
    public void Fares_and_faults_after_the_warranty_name_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("My support ticket was closed without an answer.", "support ticket")]
    public void A_support_ticket_stays_service(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
