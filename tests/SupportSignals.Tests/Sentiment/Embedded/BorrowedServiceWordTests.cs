using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>English words that other lexicons use for service (Dutch "excuses", Dutch "patron", Spanish "metre",
/// French "formation") keep their English meaning in English text instead of borrowing the other language's.</summary>
public class BorrowedServiceWordTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("A regular patron at the bar told us about this place.")]
    [InlineData("We keep finding excuses to come back.")]
    [InlineData("Our table stood a metre from the door, which was fine.")]
    [InlineData("The rock formation behind the hotel is stunning.")]
    public void The_english_word_names_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Fact]
    public void The_staff_beside_other_patrons_keep_their_mention()
    {
        const string text = "The patron next to us was loud, but the staff were lovely.";

        var mention = MentionOf(_analyzer.Analyze("en", text), text, "staff");

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }
}
