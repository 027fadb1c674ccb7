using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer87: service told without a word the lexicon read as the staff. Nobody at the counter, desk or
/// branch is the staff not serving, with "nobody"'s own negation kept; a person from the utility or the
/// council, and whoever the provider sent, is the provider's; the billing office and the gym's instructors are staff;
/// nobody turning up and being seen long after the booked time blame the service; the customer's own help desk and IT
/// people, someone the customer sent and a mess the customer made name no one.
/// </summary>
public class UnnamedAndMissedStaffTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Nobody at the front desk looked up from their screens for five minutes.")]
    [InlineData("No one at the pharmacy knew where my order had gone.")]
    [InlineData("I couldn't find anyone at the desk to check me in.")]
    [InlineData("The electricity board sent a bloke who left muddy footprints across the carpet.")]
    [InlineData("The council sent a guy who was incredibly rude.")]
    [InlineData("The billing office at the dentist overcharged me twice.")]
    [InlineData("The engineer was booked for Tuesday but no one turned up.")]
    [InlineData("Our appointment was at nine and we weren't seen until half ten.")]
    public void Staff_unnamed_or_missed_by_the_lexicon_are_blamed(string text)
    {
        AssertServiceReadAs(text, Polarity.Negative);
    }

    [Theory]
    [InlineData("Somebody from the water company was very polite.")]
    [InlineData("The billing staff at the clinic were lovely.")]
    [InlineData("The gym instructors are friendly and always happy to help.")]
    [InlineData("No one at the till was rude to us, to be fair.")]
    public void Staff_missed_by_the_lexicon_are_praised(string text)
    {
        AssertServiceReadAs(text, Polarity.Positive);
    }

    [Theory]
    [InlineData("A lady from the gas company came by to check the boiler.")]
    [InlineData("Two men from the council came to look at the drains.")]
    [InlineData("I emailed the billing office about my statement.")]
    public void A_plain_visit_or_contact_of_the_providers_people_is_neutral(string text)
    {
        AssertServiceReadAs(text, Polarity.Neutral);
    }

    [Theory]
    [InlineData("Our internal helpdesk is drowning in tickets since the update.")]
    [InlineData("Our internal help desk loves how simple the dashboard is.")]
    [InlineData("Our IT person says the setup was painless.")]
    [InlineData("I sent someone to pick up the parcel for me.")]
    [InlineData("My kids made a mess of the living room.")]
    [InlineData("Nobody at our table liked the dessert.")]
    public void The_customers_own_people_and_acts_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    private void AssertServiceReadAs(string text, Polarity expected)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == expected), Describe(analysis));
    }
}
