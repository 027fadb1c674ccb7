using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Russian service words in another sense (analyzer76): a serving verb with "к" and an abstract or inanimate
/// noun ("к выбору подошли", "подошёл к концу"), with "время" for subject ("подошло время"), or reflexive ("проводилась",
/// "встретились"), and a staff word in the dative before a verb of liking ("девушке понравилось": the guest's
/// companion liked it); compliments to the chef praise the food. Coming to the guest or their table and the staff liked stay mentions.</summary>
public class RussianOtherSensesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("К выбору вина мы подошли очень серьёзно.")]
    [InlineData("К оформлению зала подходили с любовью, это радует.")]
    [InlineData("Вечер подошёл к концу, было здорово.")]
    [InlineData("Наконец подошло время десерта, и это было прекрасно.")]
    [InlineData("Банкет проводился в малом зале, очень уютно.")]
    [InlineData("Мы встретились с друзьями у входа и отлично посидели.")]
    [InlineData("Девушке очень понравился тирамису.")]
    [InlineData("Моим подругам-девушкам всё понравилось.")]
    [InlineData("Передайте наши комплименты повару, борщ чудесный.")]
    public void Another_sense_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("ru", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Официант подошёл к нам сразу и был очень вежлив.", "Официант", Polarity.Positive)]
    [InlineData("Девушка очень быстро подошла к нашему столику, приятно.", "Девушка", Polarity.Positive)]
    [InlineData("Официантка нам очень понравилась, милая и внимательная.", "Официантка", Polarity.Positive)]
    [InlineData("Обслуживание очень понравилось.", "Обслуживание", Polarity.Positive)]
    [InlineData("Нам принесли комплимент от заведения, очень приятно.", "комплимент", Polarity.Positive)]
    public void Serving_the_guest_stays_a_mention(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("ru", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
