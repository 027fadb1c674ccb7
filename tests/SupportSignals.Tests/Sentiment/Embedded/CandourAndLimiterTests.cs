using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Candour opens a judgement without being one ("To be honest, …": VADER scores "honest" as praise), and a limiter or
/// praise of elsewhere turns faint praise into a complaint ("fine at best", "I've had better service …").
/// </summary>
public class CandourAndLimiterTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("To be honest, the service was pretty bad.", "service", Polarity.Negative)]
    [InlineData("Honestly, the support team was slow and unhelpful.", "support team", Polarity.Negative)]
    [InlineData("Frankly, the staff could not care less.", "staff", Polarity.Negative)]
    [InlineData("Honestly the best customer service I have ever had.", "customer service", Polarity.Positive)]
    [InlineData("The service was fine at best.", "service", Polarity.Negative)]
    [InlineData("I've had better service at a fast food joint.", "service", Polarity.Negative)]
    [InlineData("Good luck getting anyone from support on the phone.", "support", Polarity.Negative)]
    public void Candour_is_no_praise_and_a_limiter_makes_faint_praise_a_complaint(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
