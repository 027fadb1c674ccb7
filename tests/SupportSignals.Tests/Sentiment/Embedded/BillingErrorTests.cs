using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer85 (English recall, held-out-minded): a bill or order the house mishandled, told with an adverb of
/// error before the billing verb ("wrongly charged", "was mistakenly added") and whatever sum stands between the verb
/// and the bill, is the house's billing error like "overcharged". "added" counts only in the passive: the customer
/// adding something to their own cart or order by mistake is their own act.
/// </summary>
public class BillingErrorTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("I was wrongly charged for a dessert we never had.", "wrongly charged")]
    [InlineData("They incorrectly billed us for three rounds of drinks.", "incorrectly billed")]
    [InlineData("An extra bottle was mistakenly added to our ninety dollar check.", "was mistakenly added")]
    [InlineData("Twelve dollars were erroneously added to my tab.", "were erroneously added")]
    [InlineData("My card was erroneously charged after I cancelled the subscription.", "erroneously charged")]
    [InlineData("The pasta was fine, but a second bottle was wrongly added to the bill.", "was wrongly added")]
    public void A_charge_made_by_mistake_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("I mistakenly added a side salad to my order, so that one is on me.")]
    [InlineData("I accidentally added the wrong size to my cart.")]
    public void The_customer_adding_something_by_mistake_is_not_the_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.False(analysis.MentionsService, Describe(analysis));
    }
}
