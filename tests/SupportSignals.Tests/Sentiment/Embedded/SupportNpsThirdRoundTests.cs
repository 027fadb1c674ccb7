using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer50 (support NPS comments, the leftovers of analyzer46): a bound on an answer is quick up to a day, a
/// case closed before its fix, a person wanted over the bot, news heard elsewhere first, contacts counted to get one
/// thing done, support away when needed and an answer that never came blame; the service that went down is the
/// customer's system, not the support.
/// </summary>
public class SupportNpsThirdRoundTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Every ticket gets a reply within an hour.", "reply")]
    [InlineData("Our tickets always get a response within four hours.", "response")]
    [InlineData("Each email got a reply within a day.", "reply")]
    [InlineData("Replies usually arrive within two hours.", "Replies")]
    public void An_answer_bounded_within_a_day_is_quick(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("They closed my ticket before the problem was fixed.", "ticket")]
    [InlineData("Support closed my ticket before we could confirm the fix.", "Support")]
    [InlineData("They marked the issue as resolved before it was fixed.", "before it was fixed")]
    [InlineData("They closed the case before anyone had looked at it.", "before anyone had looked at it")]
    public void A_case_closed_before_its_fix_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("I'd much rather talk to a person than to their bot.", "rather talk to a person")]
    [InlineData("I would rather speak to a human than a chatbot.", "chatbot")]
    [InlineData("I'd prefer a real person over the bot any day.", "prefer a real person")]
    public void A_person_wanted_over_the_bot_blames_the_channel(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("We heard about the outage on Twitter before they told us anything.", "before they told us")]
    [InlineData("We learned about the breach from the news before they told us.", "before they told us")]
    [InlineData("Not a single status update while the platform was down.", "Not a single status update")]
    [InlineData("Our team never got an answer.", "never got an answer")]
    public void The_customer_left_uninformed_blames_responsiveness(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("Cancelling our subscription took three phone calls.", "took three phone calls")]
    [InlineData("Getting a refund took four emails.", "took four emails")]
    [InlineData("Downgrading our plan took five emails.", "took five emails")]
    public void Contacts_counted_to_get_one_thing_done_blame(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Support is asleep when we need it.", "Support")]
    [InlineData("Their support sleeps while we work.", "support")]
    public void Support_away_when_needed_blames_availability(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Availability, mention.Category);
    }

    [Theory]
    [InlineData("No status updates at all while the service was down.", "status updates", Polarity.Negative)]
    [InlineData("Frequent status updates while the service was down.", "status updates", Polarity.Positive)]
    public void The_service_that_went_down_is_not_the_support(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Contains("service", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The service was down for an hour.")]
    [InlineData("The dashboard loads within a second.")]
    [InlineData("Setting up the integration took three days.")]
    [InlineData("The export takes three clicks.")]
    [InlineData("The app was down for two hours.")]
    public void The_products_own_times_are_no_service_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
