using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Praise read as irony or as skill in failing (round analyzer38): its praise is taken back from the sentence's evidence
/// before its blame is added, so the sentence keeps no praise of it. Before, the praise was "taken back" by adding its
/// opposite, which counted it as blame as well and left the praise standing: "Great, another 40 minutes before anyone
/// took our order" kept a positive share.
/// </summary>
public class TakenBackPraiseTests
{
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("Great, another 40 minutes before anyone took our order.")]
    [InlineData("Oh wonderful, the waiter forgot our drinks again.")]
    [InlineData("Perfect, the agent hung up on me again.")]
    [InlineData("The staff were great at ignoring us.")]
    [InlineData("Our waiter was excellent at forgetting everything we asked for.")]
    public void Irony_and_skill_in_failing_leave_no_praise_in_the_sentence(string text)
    {
        var sentence = _rules.Analyze("en", text, "en").Sentences[0];

        Assert.Equal(Polarity.Negative, sentence.Polarity);
        Assert.Equal(0, sentence.Scores.Positive);
    }

    [Fact]
    public void Remove_takes_a_valence_back_from_its_own_side()
    {
        var evidence = new Evidence(0, 0).Add(2f).Add(-1f);

        Assert.Equal(new Evidence(0, 1), evidence.Remove(2f));
        Assert.Equal(new Evidence(2, 0), evidence.Remove(-1f));
    }
}
