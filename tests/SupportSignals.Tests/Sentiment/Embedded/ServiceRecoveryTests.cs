using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Service recovery: a problem told, then the staff or the support put it right (fixed, replaced, refunded, upgraded,
/// took it off the bill) is praise of the service, with or without "but"; the problem is what they put right. A
/// recovery denied or grudging stays a complaint, blame of the staff's own manner stays with them, and what the
/// customer fixed alone is no recovery by the service.
/// </summary>
public class ServiceRecoveryTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The kitchen got our order wrong but the waiter replaced it at once.", "waiter")]
    [InlineData("Something went wrong with my account and the agent fixed it while I was on the phone.", "agent")]
    [InlineData("The room was not ready when we arrived, so they upgraded us to a suite.", "upgraded us")]
    [InlineData("The wrong pizza came, but they replaced it without any fuss.", "replaced it")]
    [InlineData("They lost our reservation, but the host found us a table at the bar and took our drinks off the bill.", "host")]
    [InlineData("My package arrived damaged and they sent a replacement the next day.", "sent a replacement")]
    [InlineData("My hotel room had a broken shower, so the front desk moved us and upgraded our room.", "front desk")]
    [InlineData("I had an issue with my bill and the agent refunded me straight away.", "agent")]
    [InlineData("Our integration broke after their update and support shipped a fix the same afternoon.", "support")]
    public void A_problem_put_right_is_praise_of_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void What_was_put_right_names_the_resolution()
    {
        const string text = "The kitchen got our order wrong but the waiter replaced it at once.";

        var mention = MentionOf(_analyzer.Analyze("en", text), text, "waiter");

        Assert.Equal((Polarity.Positive, ServiceCategory.Resolution), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("I was double-charged, but billing refunded it within the hour.")]
    [InlineData("They messed up my order, but they made it right with a free dessert.")]
    [InlineData("I was overcharged for the wine, and the manager took it off the bill straight away.")]
    public void Every_mention_of_a_mistake_put_right_is_praise(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Positive), Describe(analysis));
    }

    [Theory]
    [InlineData("They eventually refunded me after five emails.", "eventually refunded")]
    [InlineData("Our order was wrong and they never refunded us.", "never refunded")]
    [InlineData("The app crashed twice and support never fixed it.", "support")]
    [InlineData("I had to chase them for weeks before they replaced it.", "had to chase")]
    [InlineData("It took three emails to get a full refund.", "emails to get")]
    [InlineData("After numerous calls they sorted out my account.", "numerous calls")]
    public void A_recovery_denied_or_grudging_is_a_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void Blame_of_the_staff_themselves_stays_with_them_beside_a_recovery()
    {
        const string text = "The waiter was rude, but the manager apologised and made it right.";
        var analysis = _analyzer.Analyze("en", text);

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, "waiter").Polarity);
        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, "manager").Polarity);
    }

    [Theory]
    [InlineData("I replaced the battery myself because the shop was closed.")]
    [InlineData("We fixed the leak ourselves in the end.")]
    public void What_the_customer_fixed_alone_is_no_recovery(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
