using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>German, Portuguese and Hindi polarity, second pass (analyzer94): "weder … noch" denies both items; a
/// former provider or the past is what the service no longer is; complaint questions blame; a parcel's wait or delay
/// with no one serving named is the product's; Hindi's lukewarm words make a neutral verdict as English's do, and
/// "X ka koi jawab nahi" is the idiom unless X is a message.</summary>
public class GermanPortugueseHindiPolarityTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Die Verkäuferin war weder freundlich noch hilfsbereit.", "de", Polarity.Negative)]
    [InlineData("Der Kellner war weder unhöflich noch ungeduldig.", "de", Polarity.Positive)]
    [InlineData("Die Hotline hat weder zurückgerufen noch geantwortet.", "de", Polarity.Negative)]
    [InlineData("Beim alten Anbieter war der Kundenservice deutlich besser.", "de", Polarity.Negative)]
    [InlineData("Früher war das Personal in der Filiale viel besser.", "de", Polarity.Negative)]
    [InlineData("Der Support ist viel freundlicher als beim alten Anbieter.", "de", Polarity.Positive)]
    [InlineData("Wie lange soll ich denn noch warten?", "de", Polarity.Negative)]
    [InlineData("Der Monteur kam mit drei Stunden Verspätung.", "de", Polarity.Negative)]
    [InlineData("O atendimento da operadora antiga era muito melhor.", "pt", Polarity.Negative)]
    [InlineData("Antigamente o atendimento da loja era muito melhor.", "pt", Polarity.Negative)]
    [InlineData("O suporte de agora é melhor do que o antigo.", "pt", Polarity.Positive)]
    [InlineData("Até quando vou ficar sem resposta?", "pt", Polarity.Negative)]
    [InlineData("Por que ninguém me atende?", "pt", Polarity.Negative)]
    [InlineData("O canalizador chegou com uma hora de atraso.", "pt", Polarity.Negative)]
    [InlineData("Pehle wali company ka support kahin behtar tha.", "hi", Polarity.Negative)]
    [InlineData("पहले वाले प्रोवाइडर की सर्विस बेहतर थी।", "hi", Polarity.Negative)]
    [InlineData("Is receptionist ka koi jawab nahi!", "hi", Polarity.Positive)]
    [InlineData("Mere email ka koi jawab nahi aaya.", "hi", Polarity.Negative)]
    [InlineData("Meri shikayat ka koi jawab nahi mila, customer care bekaar hai.", "hi", Polarity.Negative)]
    [InlineData("Agent ne jaldi refund de diya.", "hi", Polarity.Positive)]
    [InlineData("Wie oft muss ich denn noch bei der Hotline anrufen?", "de", Polarity.Negative)]
    [InlineData("Quantas vezes mais vou ter de ligar para a linha de apoio?", "pt", Polarity.Negative)]
    [InlineData("Do din se call kar raha hoon, koi nahi uthata.", "hi", Polarity.Negative)]
    [InlineData("Mera refund ab tak pending hai.", "hi", Polarity.Negative)]
    public void Polarity_of_the_service_is_read(string text, string language, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("t", text, language);

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(polarity, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("Waiter thik tha, bas average.", "hi")]
    [InlineData("वेटर ठीक था, बस औसत।", "hi")]
    [InlineData("Staff na bahut achha tha, na bahut bura.", "hi")]
    [InlineData("Support na zyada achha tha na zyada kharab.", "hi")]
    [InlineData("स्टाफ न बहुत अच्छा था न बहुत बुरा।", "hi")]
    [InlineData("Receptionist thik thi, kuch khaas nahi.", "hi")]
    [InlineData("डिलीवरी बॉय ठीक था, कुछ खास नहीं।", "hi")]
    public void A_lukewarm_verdict_is_neutral(string text, string language)
    {
        var analysis = _analyzer.Analyze("t", text, language);

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(Polarity.Neutral, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("Wir warten seit zehn Tagen auf unser Paket.", "de")]
    [InlineData("Die Sendung kam mit einer Woche Verspätung.", "de")]
    [InlineData("Die Lieferung hatte wieder Verspätung.", "de")]
    [InlineData("Continuo à espera da minha encomenda.", "pt")]
    [InlineData("Estamos esperando o pacote há dez dias.", "pt")]
    [InlineData("A entrega chegou com uma semana de atraso.", "pt")]
    [InlineData("Hamare naye log jaldi seekh gaye.", "hi")]
    public void A_late_parcel_or_the_customers_own_speed_is_no_mention(string text, string language)
    {
        Assert.Empty(_analyzer.Analyze("t", text, language).Mentions);
    }

    [Theory]
    [InlineData("Der Kellner ist noch freundlicher geworden.", "de", Polarity.Positive)]
    [InlineData("Ich warte seit zwei Wochen auf eine Antwort vom Kundenservice.", "de", Polarity.Negative)]
    [InlineData("Der Fahrer hat das Paket einfach vor die Tür geworfen.", "de", Polarity.Negative)]
    [InlineData("O entregador foi muito simpático.", "pt", Polarity.Positive)]
    [InlineData("Niemand hat wegen meinem Paket zurückgerufen.", "de", Polarity.Negative)]
    public void Named_service_keeps_its_reading_beside_the_new_words(string text, string language, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("t", text, language);

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(polarity, SharedPolarity(analysis));
    }
}
