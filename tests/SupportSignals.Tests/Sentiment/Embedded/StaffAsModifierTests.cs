using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// "Staff" (or "employee") naming whose bathroom, entrance or car park it is speaks of the place, not of the staff:
/// no mention. The staff themselves, even as "staff member", still are one.
/// </summary>
public class StaffAsModifierTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff bathroom was off limits to customers.")]
    [InlineData("We had to use the staff toilet.")]
    [InlineData("The staff entrance is at the back.")]
    [InlineData("We parked in the staff parking by mistake.")]
    [InlineData("There is a staff room behind the bar.")]
    [InlineData("The staff canteen smelled of fish.")]
    [InlineData("The employee entrance was locked and dirty.")]
    public void Staff_naming_a_room_or_door_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The staff were friendly.", "staff", Polarity.Positive)]
    [InlineData("The staff member was rude.", "staff member", Polarity.Negative)]
    [InlineData("The staff only spoke to us once, and rudely.", "staff", Polarity.Negative)]
    public void The_staff_themselves_are_still_a_mention(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
