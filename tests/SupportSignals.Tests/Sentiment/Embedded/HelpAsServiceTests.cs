using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Help as a noun with its owner or article is the service given, a mention when judged ("the help they gave us was
/// useless", "their help was great"); "with the help of a friend" is no one's service.
/// </summary>
public class HelpAsServiceTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The help they gave us was useless.", "help", Polarity.Negative)]
    [InlineData("The help we got was useless.", "help", Polarity.Negative)]
    [InlineData("Their help was great.", "help", Polarity.Positive)]
    [InlineData("Thank you for your help, it was brilliant.", "help", Polarity.Positive)]
    [InlineData("Her help with the refund was fantastic.", "help", Polarity.Positive)]
    [InlineData("The help desk answered within minutes.", "help desk", Polarity.Positive)]
    public void Judged_help_is_a_mention(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("With the help of a friend we found the place.")]
    [InlineData("The help page was confusing.")]
    public void Help_of_a_friend_or_a_page_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
