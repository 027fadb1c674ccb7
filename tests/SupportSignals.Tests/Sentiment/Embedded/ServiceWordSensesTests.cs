using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer65 (support leftovers and the senses of service words): "server" with a word of computing near it in
/// its clause is the machine that hosts the product, not the waiter; the waiter keeps the word everywhere else,
/// including beside "down" that says nothing of a machine ("down to earth", "went down the list"). And support
/// leftovers: a phone answered at once (the ring, a timing phrase after the answer), the customer's own people not
/// using the help offered, a long wait in number words after "had to wait" played down after praise, and no answer
/// from the customer's own side when it was away or closed.
/// </summary>
public class ServiceWordSensesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our production servers crashed on Friday night.")]
    [InlineData("The mail server has been down since Tuesday.")]
    [InlineData("We had to reboot the server twice this week.")]
    [InlineData("Their servers went down in the middle of our launch.")]
    [InlineData("Server downtime cost us a full day of orders.")]
    [InlineData("Our backup servers kept timing out overnight.")]
    public void A_server_beside_a_word_of_computing_is_the_machine(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Contains("server", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Nobody on their end answered while our servers were down.", "Nobody on their end", Polarity.Negative)]
    [InlineData("Their database servers failed, but the support team stayed with us all night.", "support team", Polarity.Positive)]
    public void The_support_beside_a_machine_server_keeps_its_mention(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("en", text, "en");
        var mention = MentionOf(analysis, text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Contains("server", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Our server Priya was lovely all evening.", "server", Polarity.Positive)]
    [InlineData("The server spilled wine and never apologised.", "server", Polarity.Negative)]
    [InlineData("Our server was down to earth and genuinely kind.", "server", Polarity.Positive)]
    [InlineData("Our friendly server went down the wine list with us.", "server", Polarity.Positive)]
    [InlineData("The server crashed into our table and did not even say sorry.", "server", Polarity.Negative)]
    [InlineData("The servers were rude even though the place was half empty.", "servers", Polarity.Negative)]
    public void A_server_in_a_restaurant_stays_the_waiter(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }

    [Theory]
    [InlineData("Whenever we call, they pick up on the first ring.", "on the first ring")]
    [InlineData("We called late at night and someone answered after a single ring.", "after a single ring")]
    [InlineData("The support line answered straight away and walked me through it.", "support line")]
    [InlineData("Their billing team picked up immediately.", "team")]
    public void A_phone_answered_at_once_praises_the_speed(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Our team never got around to the onboarding webinars.")]
    [InlineData("We still haven't got round to the training sessions.")]
    [InlineData("Our users haven't watched the training videos yet.")]
    [InlineData("I never attended the onboarding call, my own fault.")]
    public void The_customers_own_people_not_using_the_help_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("Their consultant never got around to our onboarding plan.", "consultant")]
    [InlineData("The trainer never got around to the webinars he promised.", "trainer")]
    public void The_vendors_people_not_getting_around_to_it_still_blame(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Wonderful helpdesk, we only had to wait four days.", "helpdesk")]
    [InlineData("Great support, they only kept us waiting two hours.", "support")]
    public void A_long_wait_in_words_played_down_after_praise_is_irony(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Wonderful helpdesk, we only had to wait five minutes.", "helpdesk")]
    public void A_short_wait_in_words_played_down_stays_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Our office was shut for the holidays, so nobody answered their calls.")]
    [InlineData("I was on vacation that week, so no one answered the emails they sent.")]
    public void No_answer_from_the_customers_own_side_away_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("Their office was closed on Monday, so nobody answered the phone.", "nobody answered")]
    [InlineData("We rang all morning and no one answered.", "no one answered")]
    public void No_answer_from_the_vendor_still_blames_the_availability(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Availability, mention.Category);
    }

    [Theory]
    [InlineData("The helpdesk took hours to answer a simple question.", "helpdesk", ServiceCategory.Speed)]
    [InlineData("Nobody at their office picked up all afternoon.", "Nobody at their office", ServiceCategory.Availability)]
    public void A_reply_that_took_hours_and_nobody_at_their_office_blame(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }
}
