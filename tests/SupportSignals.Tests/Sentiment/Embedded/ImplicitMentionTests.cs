using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>When words that do not name the service still speak of it.</summary>
public class ImplicitMentionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Then the soup was brought.")]
    [InlineData("ru", "Потом принесли суп.")]
    [InlineData("ru", "Долго выбирали, где отметить день рождения.")]
    [InlineData("ru", "Быстро решили заказать столик на субботу.")]
    public void A_serving_act_or_speed_without_judgement_is_no_mention(string language, string text)
    {
        Assert.Empty(_analyzer.Analyze(language, text).Mentions);
    }

    [Theory]
    [InlineData("en", "They brought the soup quickly.", "brought", Polarity.Positive)]
    [InlineData("ru", "Суп принесли очень быстро.", "принесли", Polarity.Positive)]
    [InlineData("ru", "Официант долго не подходил.", "Официант", Polarity.Negative)]
    public void Speed_beside_a_serving_act_or_target_is_a_mention(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    // Until round analyzer43 "Then they brought the soup." was here, as no mention: "they" are the house, and the act
    // is service told plainly, a neutral mention as "the waiter brought the soup" is (the own training data reads
    // "They brought bread." as a neutral opinion of the service too). Without a subject it still narrates the meal.
    [Fact]
    public void The_house_serving_told_plainly_is_a_neutral_mention()
    {
        const string text = "Then they brought the soup.";

        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", text), text, "brought").Polarity);
    }

    [Fact]
    public void A_named_target_is_a_mention_even_without_judgement()
    {
        const string text = "I spoke with the support team on Tuesday.";

        Assert.Equal(Polarity.Neutral, MentionOf(_analyzer.Analyze("en", text), text, "support team").Polarity);
    }
}
