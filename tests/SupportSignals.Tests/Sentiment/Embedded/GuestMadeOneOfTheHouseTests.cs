using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer33 (English detection): the guest made one of the house ("they make you feel like family", "greeted
/// like old friends") is praise of how the staff treat them, a service mention with no word for the staff; the same
/// words of a dish or a style of eating ("tastes like family dinner") are none.
/// </summary>
public class GuestMadeOneOfTheHouseTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("From the very first visit they make you feel like family.", "like family")]
    [InlineData("Three visits in and we already feel like part of the family here.", "like part of the family")]
    [InlineData("The pasta is simple, but they look after you like old friends.", "like old friends")]
    [InlineData("The curry was decent and they treated us like one of the family.", "like one of the family")]
    [InlineData("It is a tiny bistro where every regular is greeted like an old friend.", "like an old friend")]
    public void The_guest_made_one_of_the_house_is_praise_of_the_service(string text, string term)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("This lasagna tastes like family dinner at my grandmother's.")]
    [InlineData("Everything is served like family style platters for the table.")]
    [InlineData("We came here with the whole family for my father's birthday.")]
    public void A_dish_or_a_style_of_eating_like_family_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
