using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian service vocabulary as classes (analyzer71): who serves (кассир, бариста, охранник, портье,
/// горничная), the praise and blame of their manner through stems that take every ending (услужливый, обаятельный;
/// хмурый, небрежный, бестолковый), the cases of the negative pronouns ("никого", "никому"), lack as negation ("не
/// хватало"); "редко встретишь" praises what is rare, it meets no one.</summary>
public class RussianServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Кассир была очень услужливой.", "Кассир", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Бариста обаятельный и общительный.", "Бариста", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Охранник на входе был хмурый и невежливый.", "Охранник", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Горничная убирала номер небрежно.", "Горничная", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Портье оказался бестолковым.", "Портье", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("Официанту не хватало вежливости.", "Официанту", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Персонал никому не улыбался.", "Персонал", Polarity.Negative, ServiceCategory.Friendliness)]
    public void Who_serves_and_how_is_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("ru", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Такой десерт редко встретишь в нашем городе.")]
    [InlineData("Такие пельмени нигде не встретишь.")]
    public void A_rare_find_meets_no_one(string text)
    {
        var analysis = _analyzer.Analyze("ru", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
