using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer85 (English recall, held-out-minded): the staff's manner told with no word for the staff. Someone
/// the guest saw or heard to be bored ("looking bored", "sounded bored") is the one serving, a blame of manner like
/// "indifferent"; the guest's own boredom ("we left bored") and other guests' are not the service.
/// </summary>
public class SeenToBeBoredTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The girl at the register was texting and looking bored.")]
    [InlineData("Whoever answered the phone sounded bored out of their mind.")]
    [InlineData("At the counter they seemed bored and barely looked up.")]
    [InlineData("Every time we came in, the man at the door looked bored.")]
    public void Someone_seen_or_heard_to_be_bored_is_a_negative_service_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.MentionsService, Describe(analysis));
        Assert.All(analysis.Mentions, m => Assert.Equal(Polarity.Negative, m.Polarity));
    }

    [Theory]
    [InlineData("My kids looked bored by the end of the meal.")]
    [InlineData("We left bored and a bit hungry.")]
    public void The_guests_own_boredom_is_not_the_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.False(analysis.MentionsService, Describe(analysis));
    }
}
