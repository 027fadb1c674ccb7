using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// "Chilly" is "cold" said milder: of a person or a welcome it is unfriendly, through a relative clause too ("the
/// welcome we received was chilly").
/// </summary>
public class ChillyMannerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The welcome we received was chilly.", "welcome", Polarity.Negative)]
    [InlineData("Our server was chilly with us all night.", "server", Polarity.Negative)]
    [InlineData("The manager was polite but chilly.", "manager", Polarity.Negative)]
    [InlineData("The welcome we received was cold.", "welcome", Polarity.Negative)]
    public void Chilly_of_a_person_or_a_welcome_is_unfriendly(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
