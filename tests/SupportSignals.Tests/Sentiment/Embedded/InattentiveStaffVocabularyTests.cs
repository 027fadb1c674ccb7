using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Staff who serve without attention or heart ("aloof", "uninterested", "going through the motions") or with too much
/// of it ("hovering") are blamed for their manner, even with no other word of sentiment in the sentence.
/// </summary>
public class InattentiveStaffVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The waitress was aloof and forgetful.", "waitress")]
    [InlineData("Our server seemed completely uninterested.", "server")]
    [InlineData("The agent on the phone was patronizing.", "agent")]
    [InlineData("The waiter kept hovering over our table.", "waiter")]
    [InlineData("The staff looked overworked and unapologetic.", "staff")]
    public void Inattentive_or_hovering_staff_are_blamed(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, term).Polarity);
    }
}
