using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian reviews by the grammar of the guest's account (analyzer84): what the guest had to do himself
/// ("пришлось напоминать") and an offer withheld ("не предложили") blame the service; the staff to be replaced, the
/// organisation of the work, the manner of pestering or turning away; wishes taken into account and pleasant talk as
/// praise; "мин" written short is a minute. The imperative speaks to the reader, idioms of the experience ("не оставит
/// равнодушным", "минусов не заметил"), a participle of serving ("принесённые блюда"), "при заказе", looking forward
/// ("ждём весны"), a service charge, a tip and a remedy that "помогло" name no service.</summary>
public class RussianGuestAccountTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Хлеб нам так и не предложили.", Polarity.Negative)]
    [InlineData("Пришлось несколько раз напоминать про напитки.", Polarity.Negative)]
    [InlineData("Счёт пришлось просить у бара.", Polarity.Negative)]
    [InlineData("Хозяевам стоит задуматься о замене персонала.", Polarity.Negative)]
    [InlineData("Организация работы в зале просто ужасная.", Polarity.Negative)]
    [InlineData("Девушка постоянно надоедала нам с десертами.", Polarity.Negative)]
    [InlineData("Бармен отворачивался каждый раз, когда мы его звали.", Polarity.Negative)]
    [InlineData("Официант был бесцеремонный и заносчивый.", Polarity.Negative)]
    [InlineData("Горячее несли 40 мин.", Polarity.Negative)]
    [InlineData("Все наши пожелания были учтены.", Polarity.Positive)]
    [InlineData("Было очень приятно пообщаться с администратором.", Polarity.Positive)]
    [InlineData("Официант подробно рассказал о каждом блюде.", Polarity.Positive)]
    [InlineData("Официант вышколенный и чуткий.", Polarity.Positive)]
    [InlineData("Нам всё подали быстро.", Polarity.Positive)]
    public void The_service_is_judged(string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("ru", text);

        Assert.True(SharedPolarity(analysis) == polarity, Describe(analysis));
    }

    [Theory]
    [InlineData("Не забудьте заказать их фирменный десерт.")]
    [InlineData("Такой десерт никого не оставит равнодушным.")]
    [InlineData("Я минусов не заметил, всё понравилось.")]
    [InlineData("Принесённые блюда были очень вкусными.")]
    [InlineData("При заказе мы выбрали пасту, она была вкусной.")]
    [InlineData("Ждём весны, чтобы снова прийти всей семьёй.")]
    [InlineData("В счёт включили плату за обслуживание.")]
    [InlineData("Вместе с чаевыми вышло недорого, и всё было вкусно.")]
    [InlineData("Добавили соли, но это не помогло.")]
    public void No_service_is_named(string text)
    {
        var analysis = _analyzer.Analyze("ru", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
