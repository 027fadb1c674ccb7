using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Calling someone a star ("our waiter was a star", "the staff were superstars") praises them; a room too busy or too
/// crowded is no blame of the staff the same sentence praises, while staff too busy to serve are.
/// </summary>
public class StarAndBusyRoomTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our waiter was a star.", "waiter", Polarity.Positive)]
    [InlineData("The agent was an absolute star.", "agent", Polarity.Positive)]
    [InlineData("The staff were superstars.", "staff", Polarity.Positive)]
    [InlineData("The terrace was too crowded to relax, but our waiter was a star.", "waiter", Polarity.Positive)]
    public void A_star_is_praise(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("The bar was too busy to find a seat, but the staff were lovely.", "staff", Polarity.Positive)]
    [InlineData("The bar was too busy to find a seat and the staff were lovely.", "staff", Polarity.Positive)]
    [InlineData("The place was too busy to talk; the staff were great though.", "staff", Polarity.Positive)]
    [InlineData("We found the bar too busy to stay, though the bartender was friendly.", "bartender", Polarity.Positive)]
    [InlineData("The staff were lovely even though the bar was too busy to find a seat.", "staff", Polarity.Positive)]
    [InlineData("It was too crowded to move, but our waiter was lovely.", "waiter", Polarity.Positive)]
    [InlineData("The staff were too busy to notice us.", "staff", Polarity.Negative)]
    [InlineData("It was so busy that the staff forgot us.", "staff", Polarity.Negative)]
    public void A_busy_room_is_no_blame_of_the_staff(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
