using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A question asked as a complaint ("is it too much to ask …?", "how many times do I have to …?") blames the
/// service it names; a genuine question with no blame stays neutral (round analyzer60).</summary>
public class ComplaintQuestionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Is it too much to ask for the support team to read my email?")]
    [InlineData("Is it too much to ask for a reply from support?")]
    [InlineData("How many times do I have to call customer service?")]
    [InlineData("How many times do I have to call the help desk about this?")]
    [InlineData("How many more times do I have to explain it to your agents?")]
    public void A_complaint_question_blames_the_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Negative), Describe(analysis));
    }

    [Theory]
    [InlineData("Does support work on weekends?")]
    [InlineData("How many times did the agent call?")]
    public void A_genuine_question_blames_no_one(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.All(m => m.Polarity != Polarity.Negative), Describe(analysis));
    }
}
