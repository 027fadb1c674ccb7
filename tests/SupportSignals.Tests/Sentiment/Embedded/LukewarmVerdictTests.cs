using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A lukewarm verdict on the service with a shrug beside it ("fine, nothing special", "ok, nothing more",
/// "neither good nor bad") is neutral, neither praise nor blame; alone, each keeps its own reading: "fine" and "nice
/// enough" mild praise, "nothing special" mild blame; and a real complaint after the lukewarm verdict still blames
/// (round analyzer74).</summary>
public class LukewarmVerdictTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff were fine, nothing special.", "staff")]
    [InlineData("The support team was okay, nothing more.", "support team")]
    [InlineData("The rep was ok, nothing special.", "rep")]
    [InlineData("The support was fine, nothing memorable.", "support")]
    [InlineData("Our waiter was alright, nothing to write home about.", "waiter")]
    [InlineData("The service was average, nothing spectacular.", "service")]
    [InlineData("The staff were pleasant enough but nothing memorable.", "staff")]
    [InlineData("The service was neither good nor bad.", "service")]
    [InlineData("The waitress was neither friendly nor rude.", "waitress")]
    [InlineData("Customer service was decent, nothing out of the ordinary.", "Customer service")]
    [InlineData("The help desk was fine I guess.", "help desk")]
    public void A_lukewarm_verdict_with_a_shrug_is_neutral(string text, string span)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(_analyzer.Analyze("en", text, "en"), text, span).Polarity);
    }

    [Theory]
    [InlineData("The staff were nice enough.", "staff", Polarity.Positive)]
    [InlineData("The service was ok but painfully slow.", "service", Polarity.Negative)]
    [InlineData("The staff were fine, nothing special, but the manager was incredibly rude to us.", "manager", Polarity.Negative)]
    [InlineData("The agent was not helpful, not friendly.", "agent", Polarity.Negative)]
    public void A_lukewarm_word_beside_a_real_verdict_keeps_it(string text, string span, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, span).Polarity);
    }
}
