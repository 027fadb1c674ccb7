using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>An aside in parentheses weighs less and its "but" or "unfortunately" turns nothing outside it.</summary>
public class AsideTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Special thanks to our waitress (unfortunately I forgot her name) for a lovely evening.", "waitress")]
    [InlineData("ru", "Отдельное спасибо администратору (к сожалению, не запомнил её имя) за тёплый приём.", "администратору")]
    public void A_regret_in_parentheses_does_not_turn_the_praise(string language, string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Fact]
    public void Smileys_of_closing_brackets_open_no_aside()
    {
        const string text = "Официант был очень груб)))";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("ru", text), text, "Официант").Polarity);
    }
}
