using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A service noun that carries praise of its own ("the welcome", "the attention") is what its judgement says it was:
/// "The attention was lacking" blames; a cold welcome is unfriendly; staff who could not do enough did all they could.
/// </summary>
public class JudgedServiceNounTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The welcome was frosty.", "welcome", Polarity.Negative)]
    [InlineData("The attention was lacking.", "attention", Polarity.Negative)]
    [InlineData("The attention was poor all evening.", "attention", Polarity.Negative)]
    [InlineData("We got a frosty reception from the manager.", "manager", Polarity.Negative)]
    [InlineData("The staff could not do enough for us.", "staff", Polarity.Positive)]
    [InlineData("The agents couldn't do enough to help.", "agents", Polarity.Positive)]
    [InlineData("The attention was excellent.", "attention", Polarity.Positive)]
    [InlineData("The welcome was warm.", "welcome", Polarity.Positive)]
    [InlineData("The welcome was not cold at all.", "welcome", Polarity.Positive)]
    public void A_judged_service_noun_takes_its_judgement(string text, string term, Polarity expected)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(expected, MentionOf(analysis, text, term).Polarity);
    }
}
