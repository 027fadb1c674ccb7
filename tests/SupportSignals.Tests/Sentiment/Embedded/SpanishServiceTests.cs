using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Spanish names the service by the treatment and attention given ("el trato", "la atención").</summary>
public class SpanishServiceTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Las tapas, ricas y el trato, muy cercano.", "trato", Polarity.Positive)]
    [InlineData("Paella sabrosa y buen trato por parte de todos.", "buen trato", Polarity.Positive)]
    [InlineData("La atención fue lenta y poco profesional.", "atención", Polarity.Negative)]
    [InlineData("Precio razonable, pero mal trato en la barra.", "mal trato", Polarity.Negative)]
    public void Treatment_and_attention_are_the_service(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("es", text), text, term).Polarity);
    }

    [Fact]
    public void A_short_Spanish_sentence_opening_with_he_is_Spanish()
    {
        var analysis = _analyzer.Analyze("es", "He comido aquí muchas veces con mi familia.");

        Assert.Equal("es", analysis.Language);
        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void Forgettable_is_about_the_visit_not_a_forgetful_waiter()
    {
        var analysis = _analyzer.Analyze("es", "Una cena para olvidar.");

        Assert.Empty(analysis.Mentions);
        Assert.Equal(Polarity.Negative, analysis.Polarity);
    }
}
