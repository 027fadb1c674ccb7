using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// After "but", a failure of the service itself (the customer's problem left as it was, a denied act of serving)
/// goes to the service named before it, though that clause praised it; a verdict on something else does not.
/// </summary>
public class FailureAfterContrastTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The agent was friendly, but my problem is still there.", "agent")]
    [InlineData("The agent was kind, but I still have the same problem.", "agent")]
    [InlineData("The rep was very polite, but my issue remains.", "rep")]
    public void A_service_failure_after_but_blames_the_service(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("The agent was friendly, but the hold music was awful.", "agent")]
    [InlineData("The staff were nice, but the food was bland.", "staff")]
    [InlineData("Nice staff, but I would never go back.", "staff")]
    [InlineData("The agent was great and my problem is gone.", "agent")]
    public void Another_verdict_after_but_leaves_the_praise(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, term).Polarity);
    }
}
