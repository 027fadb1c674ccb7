using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer61: a service word naming a part of the product (a module, integration, widget, add-on or feature named
/// by it, the uptime or availability of the hosted service (a status page judged is service: round analyzer59), the customer's old help desk) is the product, no service
/// mention; a service word naming the vendor's people stays a mention.
/// </summary>
public class ProductMeaningOfServiceWordsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The customer support module is clunky.")]
    [InlineData("The helpdesk integration keeps breaking.")]
    [InlineData("Service uptime has been terrible this quarter.")]
    [InlineData("Service availability was poor during the outage.")]
    [InlineData("The support portal search is painfully slow.")]
    [InlineData("We use the helpdesk add-on to route emails.")]
    [InlineData("The chat support feature crashes every time.")]
    [InlineData("We replaced our old help desk with it and never looked back.")]
    public void A_service_word_naming_a_part_of_the_product_is_no_service_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Their support team is fantastic.", "support team", Polarity.Positive)]
    [InlineData("The live chat agent was very patient.", "live chat agent", Polarity.Positive)]
    [InlineData("Customer support was slow but the app is great.", "Customer support", Polarity.Negative)]
    [InlineData("The customer service reps were rude.", "customer service reps", Polarity.Negative)]
    public void A_service_word_naming_the_vendors_people_stays_a_mention(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
