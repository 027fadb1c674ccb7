using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A word of praise exclaimed alone before a comma, then a complaint or a repetition, is irony: "Great, another
/// hour on hold" blames. The same opener before praise, or praise of a named target, is praise.
/// </summary>
public class IronicPraiseOpenerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Oh wonderful, the agent hung up again.", "agent")]
    [InlineData("Great, another twenty minutes before the waiter came back.", "waiter")]
    [InlineData("Fantastic, the waiter forgot our order again.", "waiter")]
    [InlineData("Brilliant, the staff lost our reservation again.", "staff")]
    [InlineData("Great, yet another hour on hold with customer service.", "customer service")]
    [InlineData("Perfect, now the support team stopped answering.", "support team")]
    [InlineData("Lovely, the waitress ignored us for the third time.", "waitress")]
    public void Exclaimed_praise_before_a_complaint_or_a_repetition_blames(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, term).Polarity);
        Assert.Equal(Polarity.Negative, analysis.Polarity);
    }

    [Theory]
    [InlineData("Great, the waiter brought our drinks in two minutes.", "waiter")]
    [InlineData("Perfect, the agent fixed it right away.", "agent")]
    [InlineData("Wonderful, the staff found us another table.", "staff")]
    [InlineData("Great staff, they solved everything.", "staff")]
    public void Exclaimed_praise_before_praise_or_a_plain_act_praises(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, term).Polarity);
    }
}
