using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Turkish service vocabulary as classes (analyzer71): who serves (görevli, kasiyer, barmen, yönetici), the
/// praise and blame of their manner with its inflections, attitude words (tavır, davranış), verb forms negated by their
/// suffix that deny what precedes them ("olmaz", "olmuyorlar"), not liking and not recommending; "yavaş yavaş" is a
/// leisurely pace, no slowness of service, and "samimi" (cosy, sincere) is said of a place as often as of who serves.</summary>
public class TurkishServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Görevli çok kibar ve yardımcıydı.", "Görevli", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Kasiyer bize çok kaba davrandı.", "Kasiyer", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Barmen çok güleç ve centilmendi.", "Barmen", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Garson oldukça titiz ve anlayışlıydı.", "Garson", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Yönetici çok küstahtı.", "Yönetici", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Garsonlar beceriksiz ve dikkatsizdi.", "Garsonlar", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Personelin tavrı çok kötüydü.", "Personelin", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Garsonların davranışı hoşuma gitmedi.", "Garsonların", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Garsonlar yardımcı olmaz.", "Garsonlar", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Çalışanlar hiç ilgili olmuyorlar.", "Çalışanlar", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Garsonlar çok samimiydi.", "Garsonlar", Polarity.Positive, ServiceCategory.Friendliness)]
    public void Who_serves_and_how_is_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("tr", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Yavaş yavaş kahvaltı yapmak için güzel bir yer.")]
    [InlineData("Deniz kenarında yavaş yavaş çay içtik.")]
    [InlineData("Samimi bir ortamı ve güzel bir manzarası var.")]
    public void A_leisurely_pace_or_a_cosy_place_is_no_service(string text)
    {
        var analysis = _analyzer.Analyze("tr", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
