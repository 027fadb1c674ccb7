using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>An act of serving, or waiting for it, is service even when the sentence opens with what was served.</summary>
public class ServingEventTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("ru", "Чай и десерт принесли очень быстро.", "принесли", Polarity.Positive)]
    [InlineData("en", "Our burgers were brought within minutes, lovely.", "brought", Polarity.Positive)]
    [InlineData("ru", "Горячее мы ждали больше часа.", "ждали", Polarity.Negative)]
    [InlineData("ru", "Заказ мы ждали недолго.", "ждали", Polarity.Positive)]
    [InlineData("nl", "Op het hoofdgerecht hebben we eindeloos gewacht.", "gewacht", Polarity.Negative)]
    [InlineData("en", "The pizza we waited for was cold.", "waited", Polarity.Negative)]
    [InlineData("fr", "Les desserts, il a fallu les attendre longtemps.", "attendre", Polarity.Negative)]
    public void The_serving_verb_makes_the_mention(string language, string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(expected, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Fact]
    public void A_speed_word_about_the_product_stays_with_the_product()
    {
        var analysis = _analyzer.Analyze("en", "The dashboard loads fast.");

        Assert.Empty(analysis.Mentions);
    }
}
