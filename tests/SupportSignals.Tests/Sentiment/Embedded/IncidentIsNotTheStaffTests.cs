using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The incident is not the staff (round analyzer72): praise of the people who dealt with a misfortune (a card stolen or
/// skimmed, a fraud, a burst pipe, an accident, an outage, an order that came out wrong) keeps its praise; the
/// misfortune's own bad words are no blame of them. Knowing what was wrong is competence and staying on the call until
/// it worked is help. The incident done by the staff, the staff's own blame beside it, a fix that came late and
/// knowledge denied stay blame.
/// </summary>
public class IncidentIsNotTheStaffTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The bank was very helpful when my wallet was stolen.", "very helpful")]
    [InlineData("The claims handler was so kind after the accident.", "claims handler")]
    [InlineData("The insurance agent was patient and calm after our house was burgled.", "agent")]
    [InlineData("Our receptionist was wonderful when the pipe burst in our room.", "receptionist")]
    [InlineData("The support team was brilliant when our account was hacked.", "support team")]
    [InlineData("Staff were amazing during the emergency.", "Staff")]
    [InlineData("When our flat flooded, the landlord's agent was incredibly helpful.", "agent")]
    [InlineData("Someone stole my card details and the fraud team sorted it out within the hour.", "fraud team")]
    [InlineData("My card was cloned and the fraud department refunded every penny the same day.", "fraud department")]
    [InlineData("The fraud investigator was extremely helpful.", "fraud investigator")]
    [InlineData("The support agent was very patient when the app crashed.", "support agent")]
    [InlineData("The waitress was lovely about it when our order came out wrong.", "waitress")]
    [InlineData("Our server crashed overnight and the on-call support got us back online by six.", "support")]
    [InlineData("The toaster arrived broken and they swapped it the next morning.", "swapped it")]
    [InlineData("The waitress saw my soup was cold and brought a fresh one at once.", "waitress")]
    [InlineData("The waiter noticed my pasta was cold and brought me a fresh one straight away.", "waiter")]
    public void Praise_of_those_who_dealt_with_an_incident_stays_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The engineer knew straight away what was wrong.", "knew straight away what was wrong")]
    [InlineData("The technician worked out what was wrong in ten minutes.", "technician")]
    [InlineData("She stayed on the phone with me until the transfer went through.", "She stayed on the phone")]
    [InlineData("He stayed on the line until everything was working.", "He stayed on the line")]
    [InlineData("They stayed on the call until my account was unlocked.", "They stayed on the call")]
    public void Knowing_what_was_wrong_and_staying_until_it_worked_are_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The agent did not know what was wrong.", "agent")]
    [InlineData("Nobody at the garage knew what was wrong with the car.", "Nobody at the garage")]
    [InlineData("The waiter was rude when our order was wrong.", "waiter")]
    [InlineData("The fraud team was useless.", "fraud team")]
    [InlineData("The plumber caused a leak under the sink.", "plumber")]
    [InlineData("After the outage support went silent for two days.", "support")]
    [InlineData("The staff were friendly until my bag was stolen, then nobody helped.", "staff")]
    [InlineData("They took a month to sort out a stolen card.", "a month")]
    [InlineData("The waiter never brought a fresh one.", "waiter")]
    public void The_staffs_own_failure_beside_an_incident_stays_blame(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
