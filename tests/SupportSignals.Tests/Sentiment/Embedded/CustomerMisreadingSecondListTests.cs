using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer36 (customer-visible misreadings, second list): own sentences the product misread, each fixed by a
/// mechanism or a vocabulary class, with guards that read right before.
/// </summary>
public class CustomerMisreadingSecondListTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    // "worse" is a comparative: denied after a modal, nothing could surpass it ("could not have been worse")
    [Theory]
    [InlineData("The service could not have been worse.", "service", Polarity.Negative)]
    [InlineData("Honestly the staff couldn't have been worse.", "staff", Polarity.Negative)]
    [InlineData("Our waiter could not have been any worse.", "waiter", Polarity.Negative)]
    [InlineData("The service couldn't have been better.", "service", Polarity.Positive)]
    [InlineData("The support team could not have been more helpful.", "support team", Polarity.Positive)]
    public void A_denied_comparative_after_a_modal_is_unsurpassed(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    // the owner or the manager doing something for the guest is serving them, a mention even unjudged
    [Theory]
    [InlineData("The manager checked on us twice.", "manager")]
    [InlineData("The owner came over to make sure everything was OK.", "owner")]
    [InlineData("The manager stopped by our table.", "manager")]
    [InlineData("The owners came by to say hello.", "owners")]
    public void An_owner_or_manager_serving_is_a_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The owner is Italian.")]
    [InlineData("The manager was there.")]
    [InlineData("The owner also runs a bakery down the road.")]
    public void An_owner_or_manager_named_without_an_act_stays_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    // a limiter before an act of attention makes a bare count after it rare: the attention was missing
    [Theory]
    [InlineData("The waitress only came to our table once.", "waitress")]
    [InlineData("Our server only checked on us twice.", "server")]
    [InlineData("The waiter just came by once during the whole meal.", "waiter")]
    [InlineData("The bartender merely stopped by once.", "bartender")]
    public void A_limited_count_of_attention_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter came by once we had ordered.", "waiter")]
    [InlineData("The waiter checked on us twice.", "waiter")]
    [InlineData("Our server came by once to take our order.", "server")]
    public void A_count_without_a_limiter_says_nothing(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    // the ease of a problem or of what was asked measures the task and praises nothing
    [Theory]
    [InlineData("It took support two months to fix a simple bug.", "support", Polarity.Negative)]
    [InlineData("Support took two weeks to answer a simple question.", "Support", Polarity.Negative)]
    [InlineData("It took the helpdesk ten days to fix an easy problem.", "helpdesk", Polarity.Negative)]
    [InlineData("The agent fixed a simple problem quickly.", "agent", Polarity.Positive)]
    [InlineData("The staff answered my simple question right away.", "staff", Polarity.Positive)]
    public void The_ease_of_the_task_is_no_praise(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    // two staff judged each in a coordinated clause of their own are two mentions
    [Theory]
    [InlineData("The waiter was helpful and the waitress was rude.", "waiter", Polarity.Positive, "waitress", Polarity.Negative)]
    [InlineData("The waitress was rude and the waiter was helpful.", "waitress", Polarity.Negative, "waiter", Polarity.Positive)]
    [InlineData("Our server was lovely and the manager was rude.", "server", Polarity.Positive, "manager", Polarity.Negative)]
    [InlineData("The staff were friendly and the support team was slow.", "staff", Polarity.Positive, "support team", Polarity.Negative)]
    public void Two_staff_in_coordinated_clauses_are_two_mentions(string text, string first, Polarity firstPolarity, string second, Polarity secondPolarity)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 2, Describe(analysis));
        Assert.Equal(first, analysis.Mentions[0].Text);
        Assert.Equal(firstPolarity, analysis.Mentions[0].Polarity);
        Assert.Equal(second, analysis.Mentions[1].Text);
        Assert.Equal(secondPolarity, analysis.Mentions[1].Polarity);
    }

    [Theory]
    [InlineData("The waiter and the waitress were rude.")]
    [InlineData("Friendly staff and great waiters.")]
    public void Staff_listed_together_stay_one_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 1, Describe(analysis));
    }

    // not minding is tolerance, and the guest staying late is no delay of the service
    [Theory]
    [InlineData("Nobody seemed to mind that we stayed late.")]
    [InlineData("No one minded the noise from our table.")]
    [InlineData("Nobody minded that we lingered over coffee.")]
    public void Not_minding_is_no_complaint(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Polarity is Polarity.Positive or Polarity.Neutral, Describe(analysis));
    }

    [Theory]
    [InlineData("The staff didn't mind that we stayed late.", "staff")]
    [InlineData("The waiter did not mind us lingering over coffee.", "waiter")]
    public void Staff_who_do_not_mind_are_praised(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    // the guest's verdict on a wait told before it pardons the wait
    [Theory]
    [InlineData("We got a refund a week later, which was fine.")]
    [InlineData("The refund came two weeks later, which was understandable.")]
    [InlineData("They fixed it a month later, which is reasonable.")]
    public void A_pardoned_wait_blames_nothing(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
        Assert.NotEqual(Polarity.Negative, analysis.Polarity);
    }

    [Theory]
    [InlineData("We got a refund a week later, which was ridiculous.")]
    [InlineData("They fixed it a month later.")]
    public void A_wait_not_pardoned_still_blames(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Contains(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    // a fix that came after a wait of days tells of the speed
    [Theory]
    [InlineData("It took support two months to fix a simple bug.", "support", ServiceCategory.Speed)]
    [InlineData("Support took two months to fix the bug.", "Support", ServiceCategory.Speed)]
    [InlineData("It took the helpdesk three weeks to solve my problem.", "helpdesk", ServiceCategory.Speed)]
    [InlineData("Support fixed the bug within an hour.", "Support", ServiceCategory.Resolution)]
    public void A_late_fix_tells_of_the_speed(string text, string term, ServiceCategory expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Category);
    }
}
