using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Staff who laugh are not praised by it, and staff who laugh at the guest or at a complaint mock them; clearing a
/// browser's cache is a step of support, not a judgement ("clear" is praise only of what is said clearly).
/// </summary>
public class LaughterAndClearingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The waiter laughed when we told him the soup was cold.", "waiter")]
    [InlineData("The agent just laughed when I complained about the bill.", "agent")]
    [InlineData("The hostess laughed at us when we asked for a table.", "hostess")]
    [InlineData("The manager laughed in my face.", "manager")]
    public void Staff_laughing_at_the_guest_blames_their_manner(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal((Polarity.Negative, ServiceCategory.Friendliness), (MentionOf(analysis, text, term).Polarity, MentionOf(analysis, text, term).Category));
    }

    [Theory]
    [InlineData("The agent told me to clear my cache.", "agent")]
    [InlineData("Support told me to clear the cache and cookies.", "Support")]
    [InlineData("The rep asked me to clear my browser history first.", "rep")]
    public void Clearing_a_cache_is_no_praise(string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.NotEqual(Polarity.Positive, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("We laughed all night with our lovely waitress.", "waitress", Polarity.Positive)]
    [InlineData("The agent gave a clear explanation.", "agent", Polarity.Positive)]
    [InlineData("Support asked me to clear my cookies and it still failed.", "Support", Polarity.Negative)]
    public void Laughter_and_clarity_elsewhere_keep_their_reading(string text, string term, Polarity expected)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(expected, MentionOf(analysis, text, term).Polarity);
    }
}
