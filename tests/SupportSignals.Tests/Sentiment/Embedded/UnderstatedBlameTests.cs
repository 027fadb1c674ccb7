using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer49 (service polarity, held-out-minded): blame told with words of praise — "less than" before praise
/// (litotes), "good luck" before an effort (irony), staff who "need training" or service that "could use some work" —
/// read as praise or nothing; and attention given while the guest waits ("kept us updated") is praise. Own sentences,
/// with guards that read right before.
/// </summary>
public class UnderstatedBlameTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff were less than helpful.", "staff")]
    [InlineData("Our host was less than welcoming when we walked in.", "host")]
    [InlineData("The bartender seemed less than thrilled to serve us.", "bartender")]
    [InlineData("The support agent was less than responsive.", "support agent")]
    [InlineData("Good luck getting the waiter's attention.", "attention")]
    [InlineData("Good luck finding a server after nine.", "server")]
    [InlineData("The staff need better training.", "staff")]
    [InlineData("The kitchen is fine but the waiters are in need of some training.", "waiters")]
    [InlineData("The service could use some work.", "service")]
    public void Understated_blame_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The food took a while but the waiter kept us updated.", "waiter")]
    [InlineData("The agent kept me informed every step of the way.", "agent")]
    [InlineData("Our server kept us posted while the kitchen caught up.", "server")]
    [InlineData("The waiter was lovely and we had our food in less than ten minutes.", "waiter")]
    [InlineData("The staff were well trained and friendly.", "staff")]
    public void Attention_and_plain_praise_stay_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }
}
