using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>An act of serving judged only by the dish's quality ("what came to our table was burnt", "brought out
/// steaming hot and delicious") tells of the dish, not of how it was served; judged by its speed or manner, or done by
/// the staff named, it stays service.</summary>
public class DishQualityTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The soup was brought to us lukewarm.")]
    [InlineData("Bread is continually refilled and always fresh.")]
    [InlineData("What came to our table was burnt to a crisp.")]
    [InlineData("They brought our plates fresh from the oven.")]
    [InlineData("Everything was brought out steaming hot and delicious.")]
    public void A_serving_act_judged_by_the_dish_names_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The drinks were brought quickly.", "brought", Polarity.Positive)]
    [InlineData("Nobody came to our table for twenty minutes.", "came to our table", Polarity.Negative)]
    [InlineData("Our glasses were refilled constantly, which was lovely.", "refilled", Polarity.Positive)]
    [InlineData("The waiter brought the soup cold.", "waiter", Polarity.Negative)]
    [InlineData("We waited 40 minutes and the pizza was cold.", "waited", Polarity.Negative)]
    [InlineData("The waiter was rude and the fries were soggy.", "waiter", Polarity.Negative)]
    public void Serving_judged_by_speed_manner_or_done_by_the_staff_stays_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
