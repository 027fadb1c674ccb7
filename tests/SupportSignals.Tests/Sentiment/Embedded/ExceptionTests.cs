using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// What a sentence excepts ("except", "apart from", "other than", "if not for") did not have what the rest of the
/// sentence says: "everything was great except the service" blames the service.
/// </summary>
public class ExceptionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Everything was great except the service.", "service", Polarity.Negative)]
    [InlineData("en", "We loved it all except for the waiter.", "waiter", Polarity.Negative)]
    [InlineData("en", "The evening was perfect, apart from the service.", "service", Polarity.Negative)]
    [InlineData("en", "Apart from the slow service, everything was lovely.", "service", Polarity.Negative)]
    [InlineData("en", "A wonderful dinner, if not for the rude waiter.", "waiter", Polarity.Negative)]
    [InlineData("en", "Everything about the app is terrible except the support team.", "support team", Polarity.Positive)]
    public void The_excepted_service_takes_the_opposite_of_the_rest(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("en", "Other than that, the staff were wonderful.", "staff", Polarity.Positive)]
    [InlineData("en", "Except for one small hiccup, the support team was brilliant.", "support team", Polarity.Positive)]
    public void An_exception_of_something_else_leaves_the_service_its_own_judgement(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Fact]
    public void The_sentence_keeps_its_own_polarity()
    {
        Assert.Equal(Polarity.Positive, _analyzer.Analyze("en", "Everything was great except the service.").Sentences[0].Polarity);
    }
}
