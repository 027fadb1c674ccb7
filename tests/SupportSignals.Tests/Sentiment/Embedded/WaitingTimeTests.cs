using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A long enough number of minutes or hours complains about speed without any sentiment word.</summary>
public class WaitingTimeTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Our waiter came back with the drinks after 35 minutes.", "waiter")]
    [InlineData("en", "The support agent replied 3 hours later.", "support agent")]
    [InlineData("es", "El camarero trajo la cuenta 20 minutos después.", "camarero")]
    [InlineData("fr", "Le serveur est revenu au bout de 25 minutes.", "serveur")]
    [InlineData("nl", "De ober kwam pas na 40 minuten terug.", "ober")]
    [InlineData("ru", "Официант принёс счёт минут через 30.", "Официант")]
    [InlineData("tr", "Garson siparişi 45 dakika sonra getirdi.", "Garson")]
    [InlineData("ar", "الموظف رد علينا بعد 50 دقيقة", "الموظف")]
    public void A_long_wait_counts_against_the_service(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter brought the menu within 2 minutes.", "waiter")]
    [InlineData("The support team is open 24 hours a day.", "support team")]
    public void A_short_span_or_a_clock_time_is_no_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("short", text), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void A_clock_time_in_hours_is_not_a_wait()
    {
        const string text = "Стол забронировали на 19 часов, официант принёс меню.";

        Assert.NotEqual(Polarity.Negative, MentionOf(_analyzer.Analyze("ru", text), text, "официант").Polarity);
    }

    [Fact]
    public void Digits_of_other_scripts_are_read()
    {
        const string text = "الموظف رد علينا بعد ٤٥ دقيقة";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("ar", text), text, "الموظف").Polarity);
    }
}
