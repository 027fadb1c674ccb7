using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// An order that came wrong or incomplete, or someone else's order served to the guest, is a service failure told
/// without any staff word ("half our order was missing"); a dish said to lack something is the dish's flaw.
/// </summary>
public class WrongOrIncompleteOrderTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Half of our order was missing when it came to the table.", "order was missing")]
    [InlineData("Two sides were missing from our order.", "missing from our order")]
    [InlineData("My order was wrong and it took them ages to fix it.", "order was wrong")]
    [InlineData("They gave us someone else's food and then argued about it.", "someone else's food")]
    [InlineData("For the second time this month my delivery order was incomplete.", "delivery")]
    public void A_wrong_or_missing_order_is_a_service_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void A_wrong_order_mended_with_a_smile_is_praise_of_the_waiter()
    {
        const string text = "My order was wrong but the waiter fixed it right away with a smile.";

        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, "waiter").Polarity);
    }

    [Theory]
    [InlineData("The dessert was missing the promised berries.")]
    [InlineData("We tasted the wines in the wrong order.")]
    [InlineData("I ate someone else's fries by mistake, my own fault.")]
    public void A_dish_that_lacks_something_or_the_guest_s_own_slip_is_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
