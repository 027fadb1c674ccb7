using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A long enough number of minutes or hours complains about speed without any sentiment word.</summary>
public class WaitingTimeTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    /// <summary>A long wait counts against the service, even when only the dish is named; a span bounded from above
    /// ("within", "за", "içinde") tells how quickly it came.</summary>
    [Theory]
    [InlineData("en", "Our waiter came back with the drinks after 35 minutes.", "waiter", Polarity.Negative)]
    [InlineData("en", "The support agent replied 3 hours later.", "support agent", Polarity.Negative)]
    [InlineData("es", "El camarero trajo la cuenta 20 minutos después.", "camarero", Polarity.Negative)]
    [InlineData("fr", "Le serveur est revenu au bout de 25 minutes.", "serveur", Polarity.Negative)]
    [InlineData("nl", "De ober kwam pas na 40 minuten terug.", "ober", Polarity.Negative)]
    [InlineData("ru", "Официант принёс счёт минут через 30.", "Официант", Polarity.Negative)]
    [InlineData("tr", "Garson siparişi 45 dakika sonra getirdi.", "Garson", Polarity.Negative)]
    [InlineData("ar", "الموظف رد علينا بعد 50 دقيقة", "الموظف", Polarity.Negative)]
    [InlineData("en", "The waiter had our starters on the table within 15 minutes.", "waiter", Polarity.Positive)]
    [InlineData("ru", "Официант принёс нам кофе за 5 минут.", "Официант", Polarity.Positive)]
    [InlineData("tr", "Garson siparişimizi 10 dakika içinde getirdi.", "Garson", Polarity.Positive)]
    [InlineData("fr", "Le serveur nous a apporté les plats en moins de 15 minutes.", "serveur", Polarity.Positive)]
    [InlineData("en", "The soup came after 40 minutes.", "minutes", Polarity.Negative)]
    [InlineData("nl", "De soep kwam pas na 45 minuten.", "minuten", Polarity.Negative)]
    [InlineData("es", "Los postres llegaron 30 minutos después.", "minutos", Polarity.Negative)]
    public void A_span_of_time_is_read_as_a_wait_or_as_quick_service(string language, string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(expected, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("The waiter brought the menu within 2 minutes.", "waiter")]
    [InlineData("The support team is open 24 hours a day.", "support team")]
    [InlineData("The receptionist told us the old town is 20 minutes away on foot.", "receptionist")]
    [InlineData("Администратор сказал, что до вокзала 25 минут пешком.", "Администратор")]
    [InlineData("موظف الاستقبال أخبرنا أن الشاطئ على بعد 15 دقيقة سيرا", "موظف الاستقبال")]
    public void A_short_span_a_clock_time_or_a_distance_is_no_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("short", text), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void A_long_bounded_span_is_no_complaint()
    {
        const string text = "Het hotel heeft de kamer binnen 2 uur laten schoonmaken door de receptie.";

        var mention = MentionOf(_analyzer.Analyze("nl", text), text, "receptie");

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
