using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Portuguese service vocabulary as classes, Brazilian and European (analyzer91): who serves in every trade
/// in both variants and their gender forms ("empregado de mesa", "rececionista", "estafeta", "entregadora"); praise
/// and blame of manner; callbacks, silence and hold lines with no one named; lukewarm verdicts as neutral; the
/// customer's own people and the product meanings of "serviço" as no mention.</summary>
public class PortugueseServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("O empregado de mesa foi muito simpático.", "empregado", Polarity.Positive)]
    [InlineData("A rececionista foi prestável.", "rececionista", Polarity.Positive)]
    [InlineData("O estafeta foi mal-educado.", "estafeta", Polarity.Negative)]
    [InlineData("A entregadora foi pontual e educada.", "entregadora", Polarity.Positive)]
    [InlineData("A balconista foi grossa conosco.", "balconista", Polarity.Negative)]
    [InlineData("A cabeleireira caprichou no corte.", "cabeleireira", Polarity.Positive)]
    [InlineData("O canalizador foi desonesto e chato.", "canalizador", Polarity.Negative)]
    [InlineData("A camareira foi um amor.", "camareira", Polarity.Positive)]
    [InlineData("O gestor de sinistros nunca atende o telefone.", "gestor", Polarity.Negative)]
    [InlineData("A enfermeira foi muito querida.", "enfermeira", Polarity.Positive)]
    [InlineData("O operador não sabia de nada.", "operador", Polarity.Negative)]
    [InlineData("A equipa de apoio foi incansável.", "equipa", Polarity.Positive)]
    [InlineData("O barbeiro é gente boa.", "barbeiro", Polarity.Positive)]
    public void Who_serves_in_every_trade_is_read(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("t", text, "pt"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Ninguém me ligou de volta.")]
    [InlineData("Até hoje nenhuma resposta.")]
    [InlineData("Fiquei meia hora em espera.")]
    [InlineData("O técnico não apareceu.")]
    [InlineData("Nunca fui tão mal atendida.")]
    [InlineData("A seguradora ainda não pagou.")]
    [InlineData("Atendimento nota dez, só que não.")]
    [InlineData("Que descaso, ninguém resolve nada.")]
    public void Silence_and_waiting_with_no_one_named_blame_the_service(string text)
    {
        var analysis = _analyzer.Analyze("t", text, "pt");

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(Polarity.Negative, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("A funcionária trocou o produto sem burocracia.", "funcionária")]
    [InlineData("O gestor manteve-me informado do processo.", "gestor")]
    public void Trouble_denied_and_updates_given_praise_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("t", text, "pt"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("O atendimento foi normal.")]
    [InlineData("O atendimento foi ok, nada de especial.")]
    [InlineData("Os funcionários foram razoáveis.")]
    [InlineData("O serviço foi mais ou menos.")]
    [InlineData("A atendente explicou as opções.")]
    [InlineData("O suporte respondeu que o pedido está em análise.")]
    public void A_lukewarm_verdict_or_a_plain_act_is_neutral(string text)
    {
        var analysis = _analyzer.Analyze("t", text, "pt");

        Assert.NotEmpty(analysis.Mentions);
        Assert.Equal(Polarity.Neutral, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("A nossa equipa tratou da instalação.")]
    [InlineData("Os nossos colaboradores usam o sistema todos os dias.")]
    [InlineData("A taxa de serviço veio na conta.")]
    [InlineData("O serviço de internet esteve em baixo.")]
    [InlineData("O serviço de quarto tem um cardápio variado.")]
    public void The_customers_own_people_and_product_meanings_are_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("t", text, "pt").Mentions);
    }
}
