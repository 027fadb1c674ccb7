using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A negator that ends its clause denies what the clause opened with, across the subject and adverbs
/// between (Dutch "niet" after a fronted predicate, Russian "нет" after a list), but not into another clause. In
/// Dutch the final verb cluster may still follow the negator ("niet op geworden").</summary>
public class ClauseEndNegationTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("nl", "Vriendelijk waren ze zeker niet.", "Vriendelijk", Polarity.Negative)]
    [InlineData("nl", "Behulpzaam was het personeel helemaal niet.", "personeel", Polarity.Negative)]
    [InlineData("nl", "Attent was de ober, de soep niet.", "ober", Polarity.Positive)]
    [InlineData("nl", "Vriendelijk is de ober er niet op geworden.", "ober", Polarity.Negative)]
    [InlineData("nl", "Blij is de dienster er niet van geworden.", "dienster", Polarity.Negative)]
    [InlineData("ru", "Претензий к официантам у нас нет.", "официантам", Polarity.Positive)]
    [InlineData("ru", "Претензий к официантам и повару нет.", "официантам", Polarity.Positive)]
    public void The_negator_reaches_the_start_of_its_clause(string language, string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }
}
