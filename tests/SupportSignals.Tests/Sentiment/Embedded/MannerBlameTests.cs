using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Blame of manner ("rude", "unfriendly", "ignored") is said of the people serving: it is a service mention
/// even in a clause that opened with a dish or the place, where other service cues yield to that aspect.</summary>
public class MannerBlameTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The soup was fine although everyone was rude to us.", "rude")]
    [InlineData("The burgers are good and the guys are so rude.", "rude")]
    [InlineData("The coffee was hot and we were completely ignored.", "ignored")]
    [InlineData("My steak arrived with a dismissive shrug.", "dismissive")]
    [InlineData("The pizza is decent and they are incredibly unfriendly.", "unfriendly")]
    [InlineData("Our table by the window was lovely, yet we were ignored for most of the evening.", "ignored")]
    [InlineData("The dessert menu looked tempting, but it was hard to order from such condescending people.", "condescending")]
    public void Blame_of_manner_is_service_after_another_aspect(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    // praise of manner still qualifies the aspect it stands with, and blame right before a dish qualifies the dish
    [Theory]
    [InlineData("The dining room is bright and welcoming.")]
    [InlineData("The kitchen shows real attention to detail.")]
    public void Praise_of_manner_said_of_the_place_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    // "no need to be rude" says they were: the need is denied, not the rudeness
    [Theory]
    [InlineData("There was no need for the agent to be rude.", "agent")]
    [InlineData("The support rep didn't have to be so condescending.", "support rep")]
    [InlineData("There was no need to be that rude, support.", "support")]
    public void A_denied_need_does_not_deny_the_blame(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text), text, term).Polarity);
    }
}
