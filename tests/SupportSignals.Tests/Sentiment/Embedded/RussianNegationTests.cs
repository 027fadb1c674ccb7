using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian "нет" after what it denies, unneeded effort ("ждать не пришлось"), "не менее" and expectations.</summary>
public class RussianNegationTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Претензий к персоналу нет.", "персоналу")]
    [InlineData("К официантам никаких претензий нет.", "официантам")]
    [InlineData("Ждать не пришлось.", "Ждать")]
    [InlineData("Горячее не заставило себя ждать.", "не заставило себя ждать")]
    [InlineData("Вскоре подошёл не менее любезный администратор.", "администратор")]
    [InlineData("Персонал превзошёл все ожидания.", "Персонал")]
    public void Denied_complaints_and_unneeded_waits_are_praise(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("ru", text), text, term).Polarity);
    }

    [Fact]
    public void A_negated_service_word_without_sentiment_is_still_a_complaint()
    {
        const string text = "Официант так и не подошёл к нашему столу.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("ru", text), text, "Официант").Polarity);
    }
}
