using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer48: the learned English stage's drop model is also trained on B2B SaaS support comments
/// (tools/SupportSignals.Train/data/en-service-support.tsv): reaching a person is the vendor's service, while the
/// customer's own support people and the product's own service words are none. These read the product (rules and the
/// stage) on own sentences that are in neither the training nor the test files.
/// </summary>
public class SupportDomainStageTests
{
    private readonly EmbeddedAnalyzer _product = new();

    [Theory]
    // the stage dropped this one before (the rules found it): "there is no …" opens many sentences without service
    [InlineData("There is no way to speak to a real person.", "speak to a real person")]
    [InlineData("There is no way to reach a human being at this company.", "reach a human")]
    [InlineData("There is no way to talk to anyone in support.", "support")]
    [InlineData("Nobody from support ever called us back.", "support")]
    public void Not_reaching_a_person_at_the_vendor_stays_a_complaint(string text, string term)
    {
        var mention = MentionOf(_product.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void The_account_manager_going_out_of_her_way_stays_praise()
    {
        const string text = "Our account manager went out of her way to get us a discount.";

        Assert.Equal(Polarity.Positive, MentionOf(_product.Analyze("en", text, "en"), text, "account manager").Polarity);
    }

    [Theory]
    // the customer's own support people using the product: the rules read a neutral mention, the stage drops it
    [InlineData("Our customer success team plans renewals in it.")]
    [InlineData("Our helpdesk agents track their tickets in it.")]
    [InlineData("We use it to run customer service for our franchise.")]
    // the product's own chat widget
    [InlineData("The embedded chat widget looks slick on our site.")]
    [InlineData("The chat widget on our website is easy to style.")]
    [InlineData("Our support team logs every call in it.")]
    public void The_customers_own_support_and_the_products_widgets_are_no_mention(string text)
    {
        var analysis = _product.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
