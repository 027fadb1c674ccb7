using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian praise told by idiom or by a school mark rather than by an adjective.</summary>
public class RussianPraiseIdiomTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Официант обслужил нас по высшему разряду.", "Официант", ServiceCategory.Friendliness)]
    [InlineData("Наши официантки — настоящие умнички.", "официантки", ServiceCategory.Friendliness)]
    [InlineData("Стоило поднять руку, официант был тут как тут.", "официант", ServiceCategory.Speed)]
    [InlineData("Персоналу ставлю твёрдые 10 баллов.", "Персоналу", ServiceCategory.Friendliness)]
    public void The_idiom_praises_the_staff(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("ru", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }
}
