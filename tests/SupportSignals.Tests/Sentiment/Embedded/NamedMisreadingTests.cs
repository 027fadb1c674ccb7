using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Own-sentence misreadings named by the lead for round analyzer27 (product grounds): the guest overlooked, support
/// that took many contacts, a "staff only" sign, the guest's own waiting, glasses never empty, what never arrived and
/// someone else's order on the bill.
/// </summary>
public class NamedMisreadingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The bar staff were brilliant at overlooking us all night.", "staff", Polarity.Negative)]
    [InlineData("It took four calls to get the double charge refunded.", "calls to get", Polarity.Negative)]
    [InlineData("After countless emails the subscription is still active.", "countless emails", Polarity.Negative)]
    [InlineData("Our lemonade never arrived and nobody seemed to notice.", "never arrived", Polarity.Negative)]
    [InlineData("The check came with someone else's drinks on it.", "someone else's drinks", Polarity.Negative)]
    [InlineData("Our water glasses were never empty the whole evening.", "glasses were never empty", Polarity.Positive)]
    public void A_named_misreading_is_read_as_service(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The side door said staff only, so we went round the front.")]
    [InlineData("We had to wait for the rain to stop before walking home.")]
    [InlineData("We waited for our friends on the bench outside.")]
    [InlineData("The terrace overlooking the harbour is the best seat in town.")]
    public void A_sign_the_guest_s_own_wait_or_a_view_is_no_service_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
