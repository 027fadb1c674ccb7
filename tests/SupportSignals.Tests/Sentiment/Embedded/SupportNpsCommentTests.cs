using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer42 (NPS comments about a software company's support): getting a person at all is availability
/// ("can never reach anyone"), support the customer did without is no complaint ("never needed support"), a pointer or
/// a copy for an answer answers nothing, agents telling different stories do not know the product, slow to fix is
/// resolution, follow-up is responsiveness, and a vote of thanks to someone praises them.
/// </summary>
public class SupportNpsCommentTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("I could never get through to anyone during the outage.", "get through to anyone")]
    [InlineData("I still can't reach anybody there.", "reach anybody")]
    [InlineData("Impossible to speak to a real person.", "speak to a real person")]
    [InlineData("Getting hold of someone on weekends is impossible.", "Getting hold of someone")]
    [InlineData("Nobody ever picks up, so I gave up calling.", "Nobody ever picks up")]
    [InlineData("You can't even talk to a human, it's all bots.", "talk to a human")]
    public void Not_getting_a_person_at_all_blames_the_availability(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Availability, mention.Category);
    }

    [Theory]
    [InlineData("It's great that we can ping someone directly when something breaks.", "ping someone")]
    [InlineData("Love that somebody picks up within a couple of rings.", "somebody picks up")]
    public void Getting_a_person_easily_praises_the_availability(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Availability, mention.Category);
    }

    [Theory]
    [InlineData("Great tool, I have never needed to contact support.")]
    [InlineData("We haven't needed support once in two years.")]
    [InlineData("Setup was easy, no need for support.")]
    [InlineData("Honestly I didn't even need to raise a ticket.")]
    [InlineData("Works so well that we never had to call the helpdesk.")]
    public void Support_the_customer_did_without_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity != Polarity.Neutral);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Contains("support", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("ticket", StringComparison.Ordinal) || m.Text.Contains("helpdesk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I needed support urgently and they never replied.", "support")]
    [InlineData("When we needed the helpdesk it was useless.", "helpdesk")]
    public void Support_that_was_needed_is_still_judged(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Their support just sent a link to an article about something else.", "support", ServiceCategory.Resolution)]
    [InlineData("Every reply from the support desk is copy-pasted.", "support desk", ServiceCategory.Resolution)]
    [InlineData("The agent was reading from a script the whole time.", "agent", ServiceCategory.Knowledge)]
    [InlineData("Two agents gave me different answers to the same question.", "agents", ServiceCategory.Knowledge)]
    [InlineData("Each rep I talk to tells me something different.", "rep", ServiceCategory.Knowledge)]
    [InlineData("Customer service is slow to fix anything we report.", "Customer service", ServiceCategory.Resolution)]
    [InlineData("I had to explain the whole issue again to every new agent.", "agent", ServiceCategory.Resolution)]
    public void A_non_answer_or_a_slow_fix_blames_the_support(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("There was no follow up at all after the call.", "follow up", Polarity.Negative)]
    [InlineData("Nobody ever got back to us about the invoice.", "got back to us", Polarity.Negative)]
    [InlineData("Great follow-up after the incident.", "follow-up", Polarity.Positive)]
    public void Following_up_is_responsiveness(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("Five stars for Carlos in the support team.", "support team")]
    [InlineData("Props to the support team for staying late to help us.", "support team")]
    [InlineData("5 stars to the helpdesk, as always.", "helpdesk")]
    [InlineData("Five stars for Omar from support!", "support")]
    [InlineData("Big thanks to the support desk.", "support desk")]
    public void A_vote_of_thanks_praises_the_support(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Nobody knows our setup as well as Dave from support.", "support")]
    [InlineData("Nobody knows the billing rules as well as Maria on the helpdesk.", "helpdesk")]
    [InlineData("Nobody answers questions better than their support team.", "support team")]
    public void Nobody_as_good_as_someone_praises_them(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Nobody from support called me back.", "support")]
    [InlineData("No one in support knows the product.", "support")]
    public void Nobody_without_a_comparison_still_denies(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The rep I had really knew her stuff.", "rep")]
    [InlineData("Their agents know the product inside out.", "agents")]
    public void Knowing_the_product_is_competence(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Knowledge, mention.Category);
    }

    [Theory]
    [InlineData("Customer service? What customer service?", "customer service")]
    [InlineData("What helpdesk?", "helpdesk")]
    public void The_service_asked_back_is_denied_to_exist(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("What service!")]
    [InlineData("I asked what support plans they offer.")]
    public void What_exclaimed_or_asked_about_denies_nothing(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }
}
