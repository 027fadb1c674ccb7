using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Seating the guest is an act of serving, like bringing the dishes: it is service even when its clause
/// opens with the place or a dish.</summary>
public class SeatingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The restaurant was half empty and we were still not seated.", "seated", Polarity.Negative)]
    [InlineData("The restaurant was packed, yet we were seated quickly.", "seated", Polarity.Positive)]
    [InlineData("In the crowded lobby of the hotel nobody seated us for an hour.", "seated us", Polarity.Negative)]
    [InlineData("The host seated us right away.", "host", Polarity.Positive)]
    public void Seating_is_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    // being given a table is the same act as being seated: told with its speed or its manner, it is service
    [Theory]
    [InlineData("The dining room was full, but they got us a table right away.", "got us a table", Polarity.Positive)]
    [InlineData("Even though the bistro was busy we got a table immediately.", "got a table", Polarity.Positive)]
    [InlineData("The terrace looked lovely, yet we were given a table by the kitchen door after a long and annoying delay.", "given a table", Polarity.Negative)]
    [InlineData("The place was almost empty and they still gave us a table slowly and grudgingly.", "gave us a table", Polarity.Negative)]
    public void Being_given_a_table_is_seating(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    // the prospect of getting a table, or a table given with no word of how, tells how busy the place is or
    // narrates the evening, not how the staff served
    [Theory]
    [InlineData("It is almost impossible to get a table there on a Friday night.")]
    [InlineData("We got a table by the window and ordered the lamb.")]
    public void A_table_without_the_staff_judged_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
