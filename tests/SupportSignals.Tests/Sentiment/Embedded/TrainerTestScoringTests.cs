using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The trainer's own-test scoring (round analyzer58): `train.sh --test` reads each line as the product reads a comment
/// (<see cref="Example.Read"/>: the analyzer with the stage being evaluated, sentence by sentence, with the rules across
/// sentences), not as one training example of the features of all its sentences. Own hand-written comments.
/// </summary>
public class TrainerTestScoringTests
{
    public static TheoryData<string> Comments => new()
    {
        "The waiter was rude to us.",
        "The soup was too salty.",
        "Support? Brilliant.",
        "Customer service? Never heard of it.",
        "Any issues with the staff? No, they were great.",
        "The room was small. The staff were lovely though.",
        "We waited an hour for a table. Nobody apologised.",
        "The ticket was closed. That was it.",
        "Great app. The support team never answered my emails.",
        "The concierge carried on his phone call while we waited at his desk.",
        "I love the dashboard. The reports are slow. The agent on chat fixed it in minutes.",
    };

    [Theory]
    [MemberData(nameof(Comments))]
    public void A_line_is_read_with_the_given_stage_as_the_product_reads_it(string text)
    {
        var product = new EmbeddedAnalyzer().Analyze("en", text, "en");

        Assert.Equal(Example.ClassOf(product.Mentions), Example.Read(new EmbeddedAnalyzer(Lexicon.Shared, ServiceStage.Shared), text));
    }

    [Theory]
    [MemberData(nameof(Comments))]
    public void The_rules_reading_of_a_line_is_the_analyzer_without_the_stage(string text)
    {
        var example = Example.Build([(0, text)])[0];

        Assert.Equal(example.RuleClass, Example.Read(new EmbeddedAnalyzer(Lexicon.Shared), text));
    }

    [Theory]
    [InlineData("Support? Brilliant.", 1)]
    [InlineData("Any issues with the staff? No, they were great.", 1)]
    [InlineData("The room was small. The staff were lovely though.", 1)]
    [InlineData("Great app. The support team never answered my emails.", 2)]
    public void A_line_of_several_sentences_gets_the_class_of_its_mentions(string text, int expected)
    {
        Assert.Equal(expected, Example.Read(new EmbeddedAnalyzer(Lexicon.Shared, ServiceStage.Shared), text));
    }

    [Fact]
    public void Mentions_of_both_polarities_weigh_by_confidence_as_the_harness_does()
    {
        var positive = new ServiceMention("staff", 0, 5, Polarity.Positive, 0.9, ServiceCategory.Friendliness, "staff");
        var negative = new ServiceMention("waiter", 10, 6, Polarity.Negative, 0.6, ServiceCategory.Friendliness, "waiter");
        var mixed = negative with { Polarity = Polarity.Mixed };

        Assert.Equal(0, Example.ClassOf([]));
        Assert.Equal(1, Example.ClassOf([positive, negative]));
        Assert.Equal(2, Example.ClassOf([positive with { Confidence = 0.5 }, negative]));
        Assert.Equal(3, Example.ClassOf([positive with { Polarity = Polarity.Neutral }]));
        Assert.Equal(-1, Example.ClassOf([mixed]));
    }
}
