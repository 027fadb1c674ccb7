using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer68: the business itself as the one who served. "The hotel", "the shop", "the company" opening their
/// clause and doing an act of serving, answering or refusing are the house, as "they" is (`house` role,
/// MentionExtractor.HouseActs), so the act is a service mention; described ("the hotel was beautiful") or owning
/// something named after them ("the company's app") they stay a place or a firm. The house refusing a return, a
/// refund or an exchange is a `refuse` act like "they wouldn't let us".
/// </summary>
public class BusinessAsHouseTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The hotel never replied to any of my emails.", "never replied")]
    [InlineData("The restaurant forgot our reservation completely.", "forgot")]
    [InlineData("The shop ignored my complaint for a month.", "ignored")]
    [InlineData("This airline lost our booking twice.", "lost our booking")]
    [InlineData("We ordered a cake and the bakery forgot it.", "forgot")]
    [InlineData("The hotel took forever to answer the phone.", "took forever")]
    [InlineData("The hotel lost our booking.", "lost our booking")]
    [InlineData("The company wouldn't let me cancel online.", "wouldn't let me")]
    [InlineData("Honestly, the bank wouldn't let me close the account.", "wouldn't let me")]
    public void The_business_failing_the_customer_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The hotel went above and beyond for my mum's birthday.", "went above and beyond")]
    [InlineData("The hotel upgraded us to a suite for free.", "upgraded us")]
    [InlineData("Our bank bent over backwards to help after the fraud.", "bent over backwards")]
    [InlineData("The place seated us right away.", "seated us")]
    public void The_business_serving_the_customer_well_is_a_positive_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The shop refused to take the jacket back.", "refused to take")]
    [InlineData("The airline won't refund our flights.", "won't refund")]
    [InlineData("They refused to exchange the broken lamp.", "refused to exchange")]
    [InlineData("The garage refused to honour the warranty.", "refused to honour")]
    public void The_house_refusing_a_return_or_a_refund_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The hotel was beautiful and the view was stunning.")]
    [InlineData("The restaurant was packed on a Saturday.")]
    [InlineData("The company's new app is slow.")]
    [InlineData("The bank is right next to the station.")]
    [InlineData("The shop sells handmade candles.")]
    [InlineData("The hotel has a heated pool and a small gym.")]
    [InlineData("My sister refused to take the money back.")]
    [InlineData("The printer refused to print anything.")]
    public void The_business_described_or_another_refusing_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
