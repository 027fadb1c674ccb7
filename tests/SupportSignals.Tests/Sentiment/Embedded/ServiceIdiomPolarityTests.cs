using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Judgements of the service that a word lexicon reads backwards: what would have been nice was missing, praise of
/// what the service used to be or of service seen elsewhere is a complaint, a fix the agent did not make is the
/// support's failure, a rhetorical "where was our server?", attention elsewhere, manners still to learn and a guest made
/// to feel a nuisance blame; "nothing was too much", endearments, an answer "within minutes" and a denied hurry or
/// pressure, "never fails to impress" and "didn't skip a beat" praise ("never fails to disappoint" stays a complaint);
/// praise limited to when staff could be found, with nothing beyond it, or "less so" than something else blames.
/// </summary>
public class ServiceIdiomPolarityTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("It would have been nice if the hostess had said hello.", "hostess", Polarity.Negative)]
    [InlineData("It would be nice to get a smile from the staff now and then.", "staff", Polarity.Negative)]
    [InlineData("I would have appreciated a friendly word from the manager.", "manager", Polarity.Negative)]
    [InlineData("We have seen better service at a motorway diner.", "service", Polarity.Negative)]
    [InlineData("I expected much better service from a place like this.", "service", Polarity.Negative)]
    [InlineData("The service used to be excellent here.", "service", Polarity.Negative)]
    [InlineData("Customer support used to be helpful.", "support", Polarity.Negative)]
    [InlineData("The agent was friendly but couldn't fix my login issue.", "agent", Polarity.Negative)]
    [InlineData("Support was courteous but did not resolve anything.", "Support", Polarity.Negative)]
    [InlineData("Where was our server during the whole meal?", "server", Polarity.Negative)]
    [InlineData("Nothing was too much for the staff at this hotel.", "staff", Polarity.Positive)]
    [InlineData("Our bartender was an absolute sweetheart.", "bartender", Polarity.Positive)]
    [InlineData("The help desk answered within minutes.", "desk", Polarity.Positive)]
    [InlineData("Support got back to me in a few minutes.", "Support", Polarity.Positive)]
    [InlineData("The bartender was more interested in his phone than in his customers.", "bartender", Polarity.Negative)]
    [InlineData("The hostess needs to learn some basic manners.", "hostess", Polarity.Negative)]
    [InlineData("The waitress didn't hurry us at all.", "waitress", Polarity.Positive)]
    [InlineData("The manager made us feel like a nuisance.", "manager", Polarity.Negative)]
    [InlineData("Nobody bothered to tell us the waiter had gone home.", "waiter", Polarity.Negative)]
    [InlineData("Our waiter never pressured us to order more wine.", "waiter", Polarity.Positive)]
    [InlineData("Our bartender never fails to impress.", "bartender", Polarity.Positive)]
    [InlineData("The hotel staff never fail to make us feel welcome.", "staff", Polarity.Positive)]
    [InlineData("Even with a full house the waitress didn't skip a beat.", "waitress", Polarity.Positive)]
    [InlineData("The support team never fails to disappoint.", "support team", Polarity.Negative)]
    [InlineData("Service was fine when you could find someone to serve you.", "Service", Polarity.Negative)]
    [InlineData("The staff were polite, but that's about it.", "staff", Polarity.Negative)]
    [InlineData("The rooms were lovely, the service less so.", "service", Polarity.Negative)]
    public void Service_idioms_read_the_right_way_round(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }
}
