using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer49: a verdict that opens its clause judges the aspect after its article ("Loved the food, hated the
/// service"), not the aspect before the comma: a verdict on the food is not carried onto the staff. Own sentences.
/// </summary>
public class ClauseOpeningVerdictTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Loved the food, hated the service.", "service", Polarity.Negative)]
    [InlineData("Enjoyed the pasta, disliked the waiter.", "waiter", Polarity.Negative)]
    [InlineData("Hated the music, loved the staff.", "staff", Polarity.Positive)]
    [InlineData("Loved the food. Hated the service.", "service", Polarity.Negative)]
    public void A_clause_opening_verdict_judges_its_object(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter was great, loved the food.", "waiter", Polarity.Positive)]
    [InlineData("The food was great, the service slow.", "service", Polarity.Negative)]
    [InlineData("Great food, terrible service.", "service", Polarity.Negative)]
    public void Verdicts_of_their_own_clause_are_unchanged(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
