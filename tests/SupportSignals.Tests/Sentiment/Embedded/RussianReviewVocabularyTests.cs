using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian review vocabulary: negated trouble that praises, idioms of a visit one did not want to end,
/// more people and acts of serving, and words that look like service but speak of a dish, a band or a partner.</summary>
public class RussianReviewVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Официант принёс счёт, и нас это совсем не смутило.", "Официант", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("Про официантов ничего негативного сказать не могу.", "официантов", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант работал без навязывания.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант был вежлив, народу было не мало.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант ничего не забыл, вопросов не возникло.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант обслуживал так, что уходить не хотелось.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Мы не заметили как пролетело время, официанты вежливы.", "официанты", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Пиво пришлось по вкусу, официант был мил.", "официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Большой плюс — вежливый персонал.", "персонал", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант был хорош во всех отношениях.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант нас не оставлял без внимания весь вечер.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официант не оставил нас без внимания.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Нас оставили без внимания.", "без внимания", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Официант не счёл за труд донести сумки.", "Официант", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Официантка перепутала заказы.", "Официантка", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Официант испортил весь вечер.", "Официант", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Спасибо администрации за тёплый вечер!", "администрации", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Гардеробщик был очень приятный.", "Гардеробщик", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Спасибо ей за терпение!", "Спасибо ей", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Посуду убирали быстро.", "убирали", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("Официант быстро несёт блюда.", "Официант", Polarity.Positive, ServiceCategory.Speed)]
    public void The_idiom_or_word_is_read_as_service(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("ru", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Блюдо меня расстроило.", Polarity.Negative)]
    [InlineData("Суп испортил весь вечер.", Polarity.Negative)]
    [InlineData("Ресторан хорош во всех отношениях.", Polarity.Positive)]
    [InlineData("Играл музыкальный коллектив, было здорово.", Polarity.Positive)]
    [InlineData("Мой молодой человек был в восторге от стейка.", Polarity.Positive)]
    [InlineData("Моей девушке понравился десерт.", Polarity.Positive)]
    public void Words_about_a_dish_a_band_or_a_partner_are_no_mention(string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("ru", text);

        Assert.Equal(polarity, analysis.Polarity);
        Assert.Empty(analysis.Mentions);
    }
}
