using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// What the staff put first (round analyzer45): after "more interested in / more concerned with / more focused on"
/// the words up to the end of the clause of "than" name the staff's priority and what they neglected, not a judgement
/// of the service ("more concerned with looking good than actually serving" blames the service; "looking good" praises
/// nothing). Praise of another clause still counts.
/// </summary>
public class PutFirstTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);

    [Theory]
    [InlineData("Our waiter seemed more concerned with looking good than with actually serving anyone.", "waiter")]
    [InlineData("The hostess was more interested in her lovely nails than in the guests at the door.", "hostess")]
    [InlineData("The bartender, sadly, was more focused on the pretty girls at the bar than on his job.", "bartender")]
    [InlineData("The staff are more concerned of keeping the place beautiful than of helping you.", "staff")]
    [InlineData("The manager was more worried about his perfect reviews than about a happy customer.", "manager")]
    [InlineData("The waitress was more preoccupied with her great playlist than with our table.", "waitress")]
    public void What_the_staff_put_first_praises_nothing(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The hostess was more interested in her phone than in us, but our waiter was wonderful.", "waiter")]
    [InlineData("One girl seemed more concerned with chatting than with working. The manager was lovely and helpful.", "manager")]
    public void Praise_outside_the_priority_still_counts(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter was friendlier than any I have met.", "waiter")]
    [InlineData("Our server was far more helpful than the one last time.", "server")]
    public void Than_alone_changes_nothing(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_rules.Analyze("en", text, "en"), text, term).Polarity);
    }
}
