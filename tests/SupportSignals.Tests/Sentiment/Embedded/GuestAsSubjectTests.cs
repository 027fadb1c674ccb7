using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A word of speed or care whose subject is the guest describes the guest ("we were quick to order",
/// "neither of us cared", "we were in a rush"), not the staff; the same words said of the staff, and the guest's wait
/// or treatment, stay service.</summary>
public class GuestAsSubjectTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("We were quick to order because we were starving.")]
    [InlineData("I was fast to pick the lamb.")]
    [InlineData("Honestly neither of us cared about the noise.")]
    [InlineData("We don't care how small the room is.")]
    [InlineData("We didn't care that the room was tiny, the food was that good.")]
    [InlineData("If you don't care about decor, come here.")]
    [InlineData("We were in a rush, so we only had starters.")]
    [InlineData("I was in a rush and grabbed a sandwich.")]
    [InlineData("We rushed through dinner to make the show.")]
    [InlineData("We finished fast and walked to the park.")]
    public void The_guests_own_pace_or_indifference_names_no_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The waiter was rude.", "waiter", Polarity.Negative)]
    [InlineData("We waited 40 minutes for our main course.", "waited", Polarity.Negative)]
    [InlineData("Support never answered my emails.", "Support", Polarity.Negative)]
    [InlineData("They didn't care at all about our complaint.", "didn't care", Polarity.Negative)]
    [InlineData("Nobody cared that our order was wrong.", "cared", Polarity.Negative)]
    [InlineData("They were quick to refill our glasses.", "quick to refill", Polarity.Positive)]
    [InlineData("We were seated quickly.", "seated", Polarity.Positive)]
    [InlineData("We felt welcome from the moment we walked in.", "felt welcome", Polarity.Positive)]
    [InlineData("I had to ask three times for the bill.", "had to ask", Polarity.Negative)]
    [InlineData("We were rushed out the door.", "rushed", Polarity.Negative)]
    [InlineData("The waiter rushed us through dessert.", "waiter", Polarity.Negative)]
    [InlineData("We felt rushed by the staff.", "staff", Polarity.Negative)]
    public void The_staffs_pace_and_care_and_the_guests_wait_stay_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
