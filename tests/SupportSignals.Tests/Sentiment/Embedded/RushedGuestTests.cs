using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer55: an act of the staff that came before the guest had finished, or could order, hurried the guest
/// ("cleared my plate before I had finished", "brought the check before we had a chance to order dessert"): blame of
/// the service's pace, told with no word of judgement (the kind "implicit blame told as an act" of both English first
/// halves). It is a judgement, not a service word, so nothing else done while the guest was still eating names the
/// staff; the staff acting before the guest could ask stays attention.
/// </summary>
public class RushedGuestTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The waiter cleared my plate before I had finished.", "waiter")]
    [InlineData("They brought the check before we had a chance to order dessert.", "brought")]
    [InlineData("Our server took the wine list away before we had a chance to decide.", "server")]
    [InlineData("The busboy grabbed our glasses before we were done.", "busboy")]
    [InlineData("She cleared the table while we were still eating.", "cleared")]
    // was a flip-model row of StageFlipModelTests (the rules read it neutral until this round)
    [InlineData("The waiter brought the bill while we were still eating.", "waiter")]
    public void An_act_of_the_staff_before_the_guest_had_finished_blames_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("Before we had a chance to ask, the waiter refilled our water.", "waiter")]
    [InlineData("The waitress brought more bread before I could even ask.", "waitress")]
    public void The_staff_acting_before_the_guest_could_ask_is_attention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The music started while we were still eating.")]
    [InlineData("It started to rain before we had finished.")]
    [InlineData("My brother left before we were done.")]
    public void Anything_else_before_the_guest_had_finished_is_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
