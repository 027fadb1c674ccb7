using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>"Delivered" tells what happened to the goods, not how anyone served; how fast it came, or that it came
/// to the door, is the service, and "the delivery" names the service.</summary>
public class DeliveryTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The soup was delivered lukewarm.")]
    [InlineData("My new laptop was delivered on Monday.")]
    [InlineData("They deliver to the whole city and the noodles are lovely.")]
    [InlineData("If only they delivered to our street!")]
    public void The_verb_alone_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Our order was delivered quickly.", "delivered quickly", Polarity.Positive)]
    [InlineData("Everything was delivered right to our door.", "delivered right to our door", Polarity.Positive)]
    [InlineData("The curry was delivered promptly and still hot.", "delivered promptly", Polarity.Positive)]
    [InlineData("The delivery was painfully slow.", "delivery", Polarity.Negative)]
    public void How_it_was_delivered_is_the_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }
}
