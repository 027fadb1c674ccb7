using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Clearing the table is an act of serving, like bringing the dishes: the verb carries none of the praise of
/// the adjective "clear".</summary>
public class ClearingTheTableTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our server kept trying to clear our plates while we were still eating.", "server")]
    [InlineData("The busboy came by to clear the table before we had even finished.", "busboy")]
    [InlineData("The waitress tried to clear my plate while I was still holding my fork.", "waitress")]
    public void Clearing_the_table_is_no_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.NotEqual(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("The staff were quick to clear the dishes and bring dessert.", "staff")]
    [InlineData("The agent gave a clear explanation of the billing.", "agent")]
    public void Praise_beside_clearing_and_the_adjective_still_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void Clearing_a_cache_is_no_serving_act()
    {
        Assert.Empty(_analyzer.Analyze("en", "Remember to clear my cache before the demo.", "en").Mentions);
    }
}
