using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer59 (support comments the rules miss): a long wait inside a wait phrase played down by "only" is irony
/// of the praise, a short one so told blames nothing; contacts counted as separate or different ones, and messages;
/// the vendor's engineers fixing; nobody from the vendor's side; support in the customer's language; a status page
/// that was never updated or said all was well while the customer was down.
/// </summary>
public class CustomerVisibleRound59Tests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Brilliant helpdesk, we only waited four days for an answer.", "helpdesk")]
    [InlineData("Amazing support, it only took them two weeks to respond.", "support")]
    [InlineData("Top support, it only took three days for a response.", "support")]
    public void A_long_wait_in_a_wait_phrase_played_down_is_irony(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Lovely support, we only waited 15 minutes.", "support")]
    [InlineData("Friendly staff, we only waited twenty minutes for our table.", "staff")]
    public void A_short_wait_played_down_blames_nothing(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Updating the invoice details took three separate emails.", "took three separate emails")]
    [InlineData("Cancelling the trial took five different messages.", "took five different messages")]
    [InlineData("It took us seven messages to get a refund.", "messages to get")]
    public void Contacts_counted_blame_the_resolution(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Resolution, mention.Category);
    }

    [Theory]
    [InlineData("Their developers fixed the export bug the same morning.", "Their developers")]
    [InlineData("Their engineers patched the login issue overnight.", "Their engineers")]
    public void The_vendors_engineers_fixing_praise_the_resolution(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Resolution, mention.Category);
    }

    [Theory]
    [InlineData("Nobody from their side replied during the whole incident.", "Nobody from their side")]
    [InlineData("No one on their end picked up the phone all weekend.", "No one on their end")]
    public void Nobody_from_the_vendors_side_blames_them(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("They offer support in our own language, which we love.", "support in our own language")]
    [InlineData("The agent answered in Italian, which made it so much easier.", "answered in Italian")]
    public void Support_in_the_customers_language_is_availability(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Availability, mention.Category);
    }

    [Theory]
    [InlineData("Their status page was never updated while the incident dragged on.", "status page")]
    [InlineData("The status page showed everything green while we were down.", "status page")]
    public void A_status_page_that_failed_the_customer_blames_the_vendor(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Our developers patched the login issue overnight.")]
    [InlineData("Our engineers fixed the import script the same day.")]
    [InlineData("I sent three separate emails to our accountant.")]
    [InlineData("The status page lists past incidents.")]
    public void The_customers_own_engineers_and_emails_and_a_status_page_named_are_no_judged_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.All(m => m.Polarity == Polarity.Neutral), Describe(analysis));
    }
}
