using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Lead, session 15: in business feedback the team, staff or agents the writer calls "my" or "our" are the customer's
/// own organisation, not the service it gets; the person assigned to the customer ("our account manager") and the
/// staff serving the guest ("our waiter") stay service, and so does the vendor's team ("your team").
/// </summary>
public class CustomersOwnPeopleTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("My team loves the product.")]
    [InlineData("Our team finds the reporting confusing.")]
    [InlineData("The whole thing frustrates our entire team.")]
    [InlineData("My agents love the new inbox view.")]
    [InlineData("Our employees were confused by the new menu layout.")]
    public void The_customers_own_people_are_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("Your team is great.", "team", Polarity.Positive)]
    [InlineData("Our account manager is fantastic.", "account manager", Polarity.Positive)]
    [InlineData("Our waiter was rude.", "waiter", Polarity.Negative)]
    [InlineData("Our team was helped quickly by your support.", "support", Polarity.Positive)]
    public void The_service_the_customer_gets_is_still_a_mention(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
