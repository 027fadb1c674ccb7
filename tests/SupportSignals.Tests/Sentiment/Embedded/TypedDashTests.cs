using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Two hyphens or more are a dash typed without its key: like "—", they end a clause, spaces or not, so what follows
/// speaks of something else.
/// </summary>
public class TypedDashTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Service was slow -- the food was great.", "Service", Polarity.Negative)]
    [InlineData("en", "The staff were rude--the food was great.", "staff", Polarity.Negative)]
    [InlineData("en", "Support answered within minutes --- the app is still awful.", "Support", Polarity.Positive)]
    public void A_typed_dash_ends_the_clause(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Fact]
    public void A_hyphen_inside_a_word_still_joins_it()
    {
        const string text = "The well-trained staff were lovely.";
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text), text, "staff").Polarity);
    }
}
