using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>"We were told", "I was told": the staff's answer to the guest, which in feedback mostly brings bad news or
/// an excuse; a judgement of the staff beside it still decides.</summary>
public class BeingToldTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("We were told the kitchen was closed, at eight thirty.", "We were told")]
    [InlineData("I was told to reinstall the app.", "I was told")]
    [InlineData("We were informed at the door that the room was taken.", "We were informed")]
    public void Being_told_is_a_mild_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Resolution, mention.Category);
    }

    [Theory]
    [InlineData("We were told about the specials by our lovely waitress.", "waitress")]
    [InlineData("I was told by the friendly receptionist that breakfast is included.", "receptionist")]
    public void Praise_of_who_told_still_praises(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
