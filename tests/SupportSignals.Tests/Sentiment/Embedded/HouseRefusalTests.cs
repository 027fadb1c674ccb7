using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer47 (English detection): a refusal of the guest ("wouldn't let us", "didn't give us") names no one
/// itself (lead, session 15), but with "they" for subject it is the house refusing the guest, blame of the service
/// without a word for the staff. "They" after someone named stands for them, and a refusal by anything else stays no
/// mention (<see cref="RefusedGuestTests"/>). Kin named in the plural ("my parents", "my brothers") are people other
/// than the staff (`person`), so "they" after them stands for them.
/// </summary>
public class HouseRefusalTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They wouldn't let us sit by the window even though the room was empty.", "wouldn't let us")]
    [InlineData("They never gave us a wine list.", "never gave us")]
    [InlineData("They refused to let me swap the fries for a salad.", "refused to let me")]
    [InlineData("We arrived ten minutes early and they wouldnt let us in.", "wouldnt let us")]
    [InlineData("They didn't give me a receipt until I asked twice.", "didn't give me")]
    [InlineData("they wouldn't even let me finish my coffee", "wouldn't even let me")]
    public void The_house_refusing_the_guest_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Our friends insisted and they wouldn't let us leave before midnight.")]
    [InlineData("My sister and her husband came along, and they wouldn't let me order dessert.")]
    [InlineData("My parents came along, and they didn't give us a moment's peace.")]
    [InlineData("My brothers joined us and they wouldn't let me pay for anything.")]
    [InlineData("Our grandparents flew in and they brought presents for everyone.")]
    [InlineData("It won't let me change my password.")]
    [InlineData("The cold wouldn't let us stay on the terrace.")]
    public void A_refusal_by_anyone_else_is_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Fact]
    public void The_house_not_letting_the_guest_down_blames_nothing()
    {
        var analysis = _analyzer.Analyze("en", "They have never let us down in ten years.", "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }
}
