using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The support may be named only by the contact it took, counted ("fixed on the first call", "solved within one chat"):
/// that contact is the mention. A call alone is the guest's and names no one.
/// </summary>
public class CountedContactTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They fixed the billing error on the first call.", "first call", Polarity.Positive)]
    [InlineData("My problem was sorted on the first call.", "first call", Polarity.Positive)]
    [InlineData("Everything was resolved in a single call.", "single call", Polarity.Positive)]
    [InlineData("They solved my issue on the first phone call.", "first phone call", Polarity.Positive)]
    [InlineData("The billing mix-up was fixed in one phone call.", "one phone call", Polarity.Positive)]
    [InlineData("The issue was solved within one chat.", "one chat", Polarity.Positive)]
    public void A_counted_contact_names_the_support(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("I will call again tomorrow to book.")]
    [InlineData("We got a call from the restaurant to confirm.")]
    public void A_call_alone_names_no_one(string text)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
