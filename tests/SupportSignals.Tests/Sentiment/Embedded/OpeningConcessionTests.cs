using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A concessive clause that opens the sentence ends at its comma: the main clause after it speaks of something else,
/// so the service named in the concession keeps what was said of it there.
/// </summary>
public class OpeningConcessionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Although the waiter was rude, the food was great.", "waiter", Polarity.Negative)]
    [InlineData("en", "Even though support was slow, the product is great.", "support", Polarity.Negative)]
    [InlineData("en", "Although the app crashes a lot, the support team is lovely.", "support team", Polarity.Positive)]
    [InlineData("es", "Aunque el camarero fue muy amable, la comida estaba fría.", "camarero", Polarity.Positive)]
    [InlineData("fr", "Bien que le serveur soit aimable, la cuisine est froide.", "serveur", Polarity.Positive)]
    public void The_service_in_an_opening_concession_keeps_its_own_judgement(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }
}
