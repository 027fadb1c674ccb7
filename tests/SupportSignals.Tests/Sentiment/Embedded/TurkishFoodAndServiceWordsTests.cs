using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Turkish words that look like service but speak of the food or the visit: "sunum" (plating), "paket
/// servis" (takeaway), "saatlerce" (sitting for hours), meeting expectations.</summary>
public class TurkishFoodAndServiceWordsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Sunum çok özenliydi ama garson kabaydı.", "garson", Polarity.Negative, ServiceCategory.Friendliness, "Sunum")]
    [InlineData("Paket servisleri de var, garsonlar çok nazik.", "garsonlar", Polarity.Positive, ServiceCategory.Friendliness, "Paket")]
    [InlineData("Çay eşliğinde saatlerce sohbet ettik, garsonlar güler yüzlüydü.", "garsonlar", Polarity.Positive, ServiceCategory.Friendliness, "saatlerce")]
    [InlineData("Mekan beklentilerimi karşılamadı ama personel ilgiliydi.", "personel", Polarity.Positive, ServiceCategory.Friendliness, "karşılamadı")]
    public void The_service_mention_is_the_staff_only(string text, string term, Polarity polarity, ServiceCategory category, string notService)
    {
        var analysis = _analyzer.Analyze("tr", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
        var at = text.IndexOf(notService, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Mentions, m => m.Offset <= at && at < m.Offset + m.Length);
    }

    /// <summary>"Not even an apology" is blame, a full mark is praise, and that a valet exists praises nothing.</summary>
    [Theory]
    [InlineData("Garson özür bile dilemedi.", "Garson", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Garsonlara on puan veriyorum.", "Garsonlara", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Personele tam puan.", "Personele", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Otelin vale hizmeti var.", "hizmeti", Polarity.Neutral, ServiceCategory.Availability)]
    public void The_mention_reads(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("tr", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }
}
