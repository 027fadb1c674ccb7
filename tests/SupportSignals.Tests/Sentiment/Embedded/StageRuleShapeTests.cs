using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer47 (English detection, the learned stage): the stage reads how the rules found a mention — what named
/// it (a word for the staff, a pronoun, a target that needs a judgement, a cue alone) and where its judgement came from
/// (its own clauses, the house's act alone, a clause beyond "but", the sentence's damped share, nothing) — so that a
/// word for the staff judged in its own clause is not dropped for the praise of the food beside it.
/// </summary>
public class StageRuleShapeTests
{
    // 1 + kind * 8 + source; kinds: none 0, pronoun 1, judged-only 2, named 3; sources: own clauses 0, the house's act
    // 1, beyond "but" 2, the sentence's share 3, nothing 4
    [Theory]
    [InlineData("The bartender was rude to my friend.", 25)]
    [InlineData("The waitress brought the menus.", 29)]
    [InlineData("They brought the menus.", 2)]
    [InlineData("The terrace was freezing, but the staff brought us blankets.", 28)]
    [InlineData("Slow and sloppy.", 1)]
    [InlineData("The soup was too salty.", 0)]
    public void The_stage_reads_what_named_the_mention_and_where_its_judgement_came_from(string text, int shape)
    {
        var readings = new List<RuleReading>();
        _ = new EmbeddedAnalyzer(Lexicon.Shared, null, (_, reading) => readings.Add(reading)).Analyze("en", text, "en");

        Assert.Equal(shape, Assert.Single(readings).Shape);
    }

    [Theory]
    [InlineData("The cocktails are superb, the service is average.", "service")]
    [InlineData("The decor is beautiful and the service is ok.", "service")]
    [InlineData("The app is great, support is ok.", "support")]
    [InlineData("The pizza is great, the waiters are ok.", "waiters")]
    [InlineData("The cakes were wonderful; the service was average.", "service")]
    public void A_word_for_the_staff_judged_lukewarm_beside_praise_of_something_else_is_a_neutral_mention(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term).Polarity);
    }
}
