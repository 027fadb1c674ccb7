using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Staff "too busy" (or too preoccupied) with something else to serve the guest is a complaint, whatever they were busy
/// with ("too busy chatting", "too busy on her phone"); plain "busy" of the staff blames nobody.
/// </summary>
public class TooBusyToServeTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The bartender was too busy chatting with his friends to notice us.", "bartender", Polarity.Negative)]
    [InlineData("Our waitress was too busy on her phone to take our order.", "waitress", Polarity.Negative)]
    [InlineData("The staff seemed too preoccupied with each other to serve anyone.", "staff", Polarity.Negative)]
    [InlineData("Support is always too busy to pick up the phone.", "Support", Polarity.Negative)]
    [InlineData("The waiter was busy but still friendly and quick.", "waiter", Polarity.Positive)]
    public void Staff_too_busy_to_serve_is_a_complaint(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
