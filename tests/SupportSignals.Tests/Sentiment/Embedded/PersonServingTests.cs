using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>The person serving, named by the act ("the lady serving us", "the man who served us"), is the staff when
/// the sentence judges them; unjudged, the act narrates the meal.</summary>
public class PersonServingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The lady serving us was a delight.", "lady serving", Polarity.Positive)]
    [InlineData("The man who served us was rude and impatient.", "who served us", Polarity.Negative)]
    [InlineData("A lovely place with charming people serving you.", "people serving", Polarity.Positive)]
    public void The_person_serving_is_the_staff(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Fact]
    public void Serving_told_without_a_judgement_makes_no_mention()
    {
        var analysis = _analyzer.Analyze("en", "They were serving us bread and olives at the time.");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
