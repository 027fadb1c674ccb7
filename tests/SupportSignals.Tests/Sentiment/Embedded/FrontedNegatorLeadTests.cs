using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A fronted negator with words before its auxiliary (round analyzer88): a time adjunct or the rest of the negated
/// subject ("at no point during the call was", "not one email to them has") does not stop it denying its clause, and a
/// negator reaches through "made me feel" to the feeling. Blame denied so is praise; praise denied so is blame.
/// </summary>
public class FrontedNegatorLeadTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Not one email to their help desk has gone unanswered.", "help desk")]
    [InlineData("At no point during the call was the agent rude.", "agent")]
    [InlineData("Not a single waiter was rude to us.", "waiter")]
    [InlineData("The agent never made me feel stupid.", "agent")]
    [InlineData("Not once in five years has support been slow.", "support")]
    public void Blame_denied_by_a_fronted_negator_is_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Not one agent I spoke to was helpful.", "agent")]
    [InlineData("Not a single member of staff was friendly.", "staff")]
    [InlineData("The agent made me feel stupid.", "agent")]
    public void Praise_denied_by_a_fronted_negator_is_blame(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
