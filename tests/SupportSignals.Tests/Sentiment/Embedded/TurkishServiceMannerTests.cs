using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Turkish service by grammar (analyzer84): consonant softening before a vowel suffix ("üslubu", "kabalığı")
/// reaches the manner words a stem on the plain form misses; attention shown ("ilgi gösterdiler"), a warm or cold
/// welcome, serving in haste ("apar topar"), an order mixed up, the owner in every case ("sahibine"),
/// what the guest had to do ("zorunda kaldık"); lateness and the guest's waiting verbs are service even when a dish
/// came late or was waited for; "servis edildi" tells how a dish came and is a
/// mention only when its clause judges it. A phrase whose last word carries a suffix longer than its first word
/// ("iyi davrandılar") reads that suffix from its last word (it threw before).</summary>
public class TurkishServiceMannerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Üslubu hiç hoş değildi.", Polarity.Negative)]
    [InlineData("Kabalığına çok şaşırdık.", Polarity.Negative)]
    [InlineData("İlgi gösterdikleri için hepsine teşekkürler.", Polarity.Positive)]
    [InlineData("Bizi çok sıcak karşıladılar.", Polarity.Positive)]
    [InlineData("Bizi soğuk karşıladılar.", Polarity.Negative)]
    [InlineData("Garson çorbaları apar topar masaya bıraktı.", Polarity.Negative)]
    [InlineData("Siparişimizi karıştırdılar.", Polarity.Negative)]
    [InlineData("Siparişimiz yine gecikti.", Polarity.Negative)]
    [InlineData("Tatlı için çok bekledik.", Polarity.Negative)]
    [InlineData("Yemekler soğuk servis edildi.", Polarity.Negative)]
    [InlineData("Yemekler çok geç geldi.", Polarity.Negative)]
    [InlineData("Mekanın sahibine çok teşekkür ederiz.", Polarity.Positive)]
    [InlineData("Garsonu çağırmak için el kaldırmak zorunda kaldık.", Polarity.Negative)]
    [InlineData("İyi davrandılar.", Polarity.Positive)]
    [InlineData("Bize hiç iyi davranmadılar.", Polarity.Negative)]
    public void The_service_is_judged(string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("tr", text);

        Assert.True(SharedPolarity(analysis) == polarity, Describe(analysis));
    }

    [Theory]
    [InlineData("Çay ince belli bardaklarda servis ediliyor.")]
    [InlineData("Köfteler tabakta servis edildi.")]
    public void Serving_a_dish_unjudged_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("tr", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
