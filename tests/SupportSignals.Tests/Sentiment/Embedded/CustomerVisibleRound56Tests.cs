using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer56 (customer-visible misreadings of support and restaurant comments): a "No," answering a question of
/// blame denies it; a long wait played down by "only" is irony of the praise before it; the customer's own people
/// described through a copula, the customer's own delay, device and loading times are no service; an answer got is
/// the support's reply; a warning the staff gave judges what it warned of, not them.
/// </summary>
public class CustomerVisibleRound56Tests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Any issues with the staff? No, they were great.", "staff")]
    [InlineData("Any complaints about the support team? No, they were lovely.", "support team")]
    [InlineData("Was the waiter rude? No, he was charming.", "waiter")]
    [InlineData("Problems with the agents? None, they were very patient with us.", "agents")]
    public void A_no_answering_a_question_of_blame_denies_it(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Friendly staff? No, they ignored us.", "staff")]
    [InlineData("Is the support any good? No, they never answer.", "support")]
    public void A_no_answering_a_question_of_praise_still_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Fantastic service, we only waited an hour.", "service")]
    [InlineData("Great staff, the mains only took two hours.", "staff")]
    [InlineData("Super quick service, our drinks only took an hour.", "service")]
    [InlineData("Lovely waiters, we waited just 90 minutes for the starters.", "waiters")]
    public void A_long_wait_played_down_is_irony_of_the_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Great service, we only waited five minutes.", "service")]
    [InlineData("Excellent service, we waited only ten minutes for a table.", "service")]
    public void A_short_wait_told_with_only_is_honest_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Our helpdesk agents are fast and friendly with customers thanks to it.")]
    [InlineData("Our support team is quick thanks to the macros.")]
    [InlineData("Our own IT team was slow to roll it out.")]
    [InlineData("My team is really friendly with callers now.")]
    [InlineData("Our team never got around to the training videos.")]
    [InlineData("We never found the time for the onboarding webinars.")]
    [InlineData("It is slow to load on my phone.")]
    [InlineData("The app takes forever to load on my laptop.")]
    public void The_customers_own_people_delay_and_device_are_no_service_blame_or_praise(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.All(m => m.Polarity == Polarity.Neutral), Describe(analysis));
    }

    [Theory]
    [InlineData("Our team was ignored for weeks.", "ignored", Polarity.Negative)]
    [InlineData("Our team got no answer for a week.", "no answer", Polarity.Negative)]
    [InlineData("Our account manager is fast and friendly.", "account manager", Polarity.Positive)]
    [InlineData("Our waiter was quick and friendly.", "waiter", Polarity.Positive)]
    public void What_was_done_to_the_customers_people_and_the_staff_assigned_stay_service(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Every request gets an answer within two hours.", "gets an answer")]
    [InlineData("I got an answer within ten minutes.", "got an answer")]
    public void An_answer_got_quickly_praises_speed(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("The waiter warned us the fish was not fresh.", "waiter")]
    [InlineData("The agent warned me the update was broken.", "agent")]
    public void A_warning_the_staff_gave_does_not_blame_them(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("We learned of the outage from our own customers before they told us.", "before they told us")]
    [InlineData("Our clients noticed the downtime before they said a word.", "before they said a word")]
    public void News_from_the_customers_own_clients_first_still_blames_the_vendor(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("We closed the ticket ourselves before the problem was fixed.")]
    [InlineData("I closed the case myself before it was resolved.")]
    [InlineData("I use it to give my customers better service.")]
    [InlineData("It helps us give our clients faster service.")]
    [InlineData("Our customer service team uses it every day.")]
    [InlineData("Our agents love how quickly it loads tickets.")]
    public void The_customers_own_acts_and_service_blame_no_support(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.All(m => m.Polarity == Polarity.Neutral), Describe(analysis));
    }

    [Theory]
    [InlineData("They called back within ten minutes as promised.", "called back", Polarity.Positive)]
    [InlineData("The account manager walked our whole team through the new reports.", "account manager", Polarity.Positive)]
    [InlineData("Billing kept sending us to sales.", "kept sending us to", Polarity.Negative)]
    [InlineData("The agents sent me back and forth for a week.", "agents", Polarity.Negative)]
    public void Calls_returned_help_given_and_the_runaround(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
