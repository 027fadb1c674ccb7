using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Three misreadings of English (round analyzer30): a word of speed or manner in a clause of another aspect, beyond
/// "although" or "but", describes that aspect, not the staff of the other clause; the staff that are the subject of a
/// clause take its predicate, not the noun of their prepositional phrase; what the staff said of something else is a
/// narrated act, not a judgement of them.
/// </summary>
public class ThreeMisreadingsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The wifi is fast although the service is slow.", "service", Polarity.Negative)]
    [InlineData("The room was quick to clean although the staff were slow.", "staff", Polarity.Negative)]
    [InlineData("The app is quick although the support team is slow.", "support team", Polarity.Negative)]
    [InlineData("The breakfast was fast although the waiter was slow.", "waiter", Polarity.Negative)]
    [InlineData("The dashboard loads fast, although the support is slow.", "support", Polarity.Negative)]
    [InlineData("The pool is lovely although the service is slow.", "service", Polarity.Negative)]
    [InlineData("The wifi is slow although the staff are quick to help.", "staff", Polarity.Positive)]
    [InlineData("The website is fast although the service desk is slow.", "service desk", Polarity.Negative)]
    public void A_cue_in_another_aspects_clause_leaves_the_staff_to_their_own(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
