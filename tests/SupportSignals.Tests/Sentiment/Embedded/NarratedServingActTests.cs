using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>An act of serving told without a judgement of its own and without a subject ("our plates were cleared")
/// narrates the meal, also when the sentence goes on to judge something else beyond "but" or a semicolon; told with its
/// speed, denied, or done by the staff named or by "they" (the house, round analyzer43), it stays service, and a
/// judgement of the food beyond "but" does not blame it.</summary>
public class NarratedServingActTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our plates were cleared; the dessert menu was lovely.")]
    public void A_serving_act_judged_only_beyond_a_contrast_names_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    // Until round analyzer43 these two made no mention; "they" are the house, and their act is service as the
    // waiter's is (below), so the rules now read a neutral mention: what must hold is that the food's blame beyond
    // "but" does not reach it.
    [Theory]
    [InlineData("They brought the bread, but the pasta was awful.")]
    [InlineData("They refilled our water, but honestly the food was bland.")]
    public void The_house_serving_judged_only_beyond_a_contrast_is_not_blamed(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.All(m => m.Polarity != Polarity.Negative), Describe(analysis));
    }

    [Theory]
    [InlineData("They brought the bread quickly, but the pasta was awful.", "brought", Polarity.Positive)]
    [InlineData("Nobody came to our table, but the food was great.", "came to our table", Polarity.Negative)]
    [InlineData("We were seated promptly, but the food was cold.", "seated promptly", Polarity.Positive)]
    [InlineData("The soup was brought after 40 minutes, but it was delicious.", "brought after 40 minutes", Polarity.Negative)]
    [InlineData("They took our order, but then forgot about us for an hour.", "forgot", Polarity.Negative)]
    public void A_serving_act_told_with_its_speed_or_denied_stays_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Fact]
    public void The_staff_named_beside_the_act_stay_a_mention()
    {
        const string text = "The waiter brought the bread, but the pasta was awful.";

        Assert.NotNull(MentionOf(_analyzer.Analyze("en", text, "en"), text, "waiter"));
    }
}
