using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A list of alternatives after a negator is denied whole in every language whose lexicon tags its "or"
/// (and its articles), even when the last item lies beyond the negator's ordinary reach.</summary>
public class AlternativeListTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("nl", "De ober was nooit een beetje opdringerig of onbeleefd.", "ober")]
    [InlineData("nl", "De ober was nooit echt traag of een onbeleefde snob.", "ober")]
    [InlineData("es", "El camarero nunca fue demasiado insistente o grosero.", "camarero")]
    [InlineData("fr", "Le serveur n'a jamais été vraiment insistant ou impoli.", "serveur")]
    [InlineData("de", "Der Kellner war nie besonders aufdringlich oder unhöflich.", "Kellner")]
    [InlineData("pt", "O garçom nunca foi muito insistente ou rude.", "garçom")]
    public void Alternatives_after_a_negator_are_denied_together(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text, language), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void An_or_with_no_negator_before_it_denies_nothing()
    {
        const string text = "El camarero fue grosero o quizá solo estaba cansado.";

        var mention = MentionOf(_analyzer.Analyze("es", text, "es"), text, "camarero");

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
