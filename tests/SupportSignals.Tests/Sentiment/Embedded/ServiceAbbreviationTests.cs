using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer85 (English recall, held-out-minded): "svc", the abbreviation of service a hurried reviewer types, is
/// the service when judged, so the judgement is read as the service's even where the learned stage doubted a manner
/// word alone. Unjudged it stays out, as in computing it names a running program.
/// </summary>
public class ServiceAbbreviationTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The svc can be slow when it is busy.", "svc", Polarity.Negative)]
    [InlineData("Food was great but the svc was awful.", "svc", Polarity.Negative)]
    [InlineData("Svc was attentive and quick.", "Svc", Polarity.Positive)]
    [InlineData("The svc here is the best in town.", "svc", Polarity.Positive)]
    public void A_judged_svc_is_the_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("We had to restart the svc twice.")]
    [InlineData("Deploy the new svc before Friday.")]
    public void An_unjudged_svc_is_not_the_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.False(analysis.MentionsService, Describe(analysis));
    }
}
