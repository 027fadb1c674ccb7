using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Asking whether anyone "actually" or "even" does the job doubts that anyone does: a complaint about the
/// service named beside it; a ticket closed again and again is the runaround; a known issue told by the agent is the
/// product's, and blames no one (round analyzer74).</summary>
public class DoubtingQuestionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Is anyone actually reading these tickets?", "tickets", Polarity.Negative)]
    [InlineData("Do you even read the tickets I send?", "tickets", Polarity.Negative)]
    [InlineData("Is anybody actually answering the support emails?", "support", Polarity.Negative)]
    [InlineData("Why does the agent keep closing my ticket?", "agent", Polarity.Negative)]
    [InlineData("The support team kept closing my ticket without a fix.", "support team", Polarity.Negative)]
    [InlineData("The agent told me it was a known issue.", "agent", Polarity.Neutral)]
    [InlineData("The rep said it was a known problem with the app.", "rep", Polarity.Neutral)]
    [InlineData("It's a known issue and support still hasn't fixed it.", "support", Polarity.Negative)]
    [InlineData("Has anyone actually had support this good?", "support", Polarity.Positive)]
    public void A_doubting_question_blames_and_a_known_issue_does_not(string text, string span, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, span).Polarity);
    }

    [Theory]
    [InlineData("Does anyone actually use the dark mode?")]
    public void A_doubting_question_about_the_product_names_no_service(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
