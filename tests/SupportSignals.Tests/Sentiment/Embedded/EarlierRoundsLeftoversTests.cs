using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer73: customer-visible misreadings earlier rounds found and left. "less" before praise blames, and
/// denied after "a" it stays blame ("never dealt with a less helpful team"); the need to chase denied praises; staff
/// who would not leave the guest alone hovered; no straight answer is evasion; a courier's careless act with the parcel
/// ("left the parcel in the rain") blames the delivery; guiding the customer through a task is a
/// patient act; being asked to wait is a plain act that a duration judges; what failed is the customer's problem, the
/// topic of a contact; the customer's own people named by their trade and the silence of their own absence are no
/// service; the house answering ("the hotel responded quickly") is the service answering.
/// </summary>
public class EarlierRoundsLeftoversTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("I've never dealt with a less helpful support team.", "support team")]
    [InlineData("I have never met a less friendly waiter.", "waiter")]
    [InlineData("The staff were less friendly than before.", "staff")]
    [InlineData("Our concierge was less attentive this year.", "concierge")]
    [InlineData("The agent was less than polite when I called.", "agent")]
    public void Less_before_praise_blames_the_staff(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("There was no need to chase the support team.")]
    [InlineData("I never had to chase them.")]
    [InlineData("We never had to chase the helpdesk for an update.")]
    [InlineData("I didn't have to chase the agent once.")]
    [InlineData("The agent patiently walked me through the setup.")]
    [InlineData("She talked me through the refund process step by step.")]
    [InlineData("The hotel responded quickly and moved us to a quieter room.")]
    [InlineData("The company replied within an hour.")]
    [InlineData("They got back to me the same afternoon with a fix.")]
    [InlineData("I finally got a straight answer from the second agent.")]
    public void Service_that_acted_unchased_guided_or_answered_is_praised(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Positive), Describe(analysis));
    }

    [Theory]
    [InlineData("The waiter never left us alone.")]
    [InlineData("The staff would not leave us alone all night.")]
    [InlineData("The bank never gave me a straight answer.")]
    [InlineData("Honestly, the bank never gave me a straight answer.")]
    [InlineData("The agent couldn't give me a straight answer.")]
    [InlineData("I never got a straight answer from anyone at the insurer.")]
    [InlineData("The receptionist asked me to wait for two hours.")]
    [InlineData("The courier left my parcel in the rain.")]
    [InlineData("The delivery driver left the parcel in the rain.")]
    [InlineData("The driver threw my parcel over the fence.")]
    public void Hovering_evasion_and_a_long_wait_asked_for_are_blamed(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Negative), Describe(analysis));
    }

    [Theory]
    [InlineData("The waiter never left us waiting.")]
    [InlineData("The staff never left us waiting for drinks.")]
    public void Never_left_waiting_stays_praise(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Positive), Describe(analysis));
    }

    [Theory]
    [InlineData("The lady at the desk took my name and asked me to wait.")]
    [InlineData("The receptionist asked me to wait.")]
    [InlineData("I opened a support request about the failed payment.")]
    [InlineData("I raised a ticket about the failed upload.")]
    [InlineData("I contacted support about a failed delivery.")]
    public void A_plain_act_or_a_contact_about_what_failed_is_neutral(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Neutral), Describe(analysis));
    }

    [Theory]
    [InlineData("My husband is a mechanic so he fixed it himself.")]
    [InlineData("My friend is a plumber so he sorted the leak himself.")]
    [InlineData("My vet recommended this food.")]
    [InlineData("Our vet recommended this brand for his joints.")]
    [InlineData("We were away, so no one answered when they rang.")]
    [InlineData("We were away, so we missed their call back.")]
    [InlineData("I missed their callback because I was driving.")]
    public void The_customers_own_people_and_absence_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("My friend replied to my message within an hour.")]
    [InlineData("The app responded quickly to every tap.")]
    [InlineData("We left the box in the shed.")]
    public void An_answer_by_someone_else_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
