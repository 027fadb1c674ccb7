using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Spanish service vocabulary as classes (analyzer82): who serves in the gender and number forms the stems
/// missed ("jefa de sala", "cajera", "gerente"), the praise and blame of their manner ("con esmero", "díscolo",
/// "cortante", "no se dignó"), knowledge withheld ("desconocen la carta"), rushed service and waiting said impersonally
/// ("acelerados", "hubo que esperar"), negation by lack with its intensifier ("falta total de"); the noun judged by the
/// adjective after it, which shares no praise of the item before ("Buen ambiente, servicio mediocre"); and the senses of
/// service words that are no staff (the toilets, the service charge, what catches the eye, "puntual" as occasional).</summary>
public class SpanishServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("La jefa de sala fue encantadora.", "jefa de sala", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Los jefes de sala eran muy atentos.", "jefes de sala", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("La cajera fue muy antipática.", "cajera", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("El gerente fue muy amable con nosotros.", "gerente", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("La dependienta fue bastante borde.", "dependienta", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("El sommelier fue un encanto.", "sommelier", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Los camareros, díscolos y arrogantes.", "camareros", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("El camarero fue muy cortante con nosotros.", "camarero", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("El camarero no se dignó a mirarnos.", "camarero", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Los camareros desconocen la carta.", "camareros", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("Camareros acelerados toda la noche.", "Camareros", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("Falta total de profesionalidad del personal.", "personal", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("El trato fue pobre.", "trato", Polarity.Negative, ServiceCategory.Friendliness)]
    public void Who_serves_and_how_is_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("es", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Nos atendieron con esmero.", Polarity.Positive)]
    [InlineData("Estuvieron pendientes de todo.", Polarity.Positive)]
    [InlineData("Una falta de respeto hacia los clientes.", Polarity.Negative)]
    [InlineData("Encima nos cobraron de más.", Polarity.Negative)]
    [InlineData("Hubo que esperar casi una hora entre plato y plato.", Polarity.Negative)]
    public void Service_told_without_a_staff_word_is_judged(string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("es", text);

        Assert.True(analysis.Mentions.Count == 1, Describe(analysis));
        Assert.Equal(polarity, analysis.Mentions[0].Polarity);
    }

    [Theory]
    [InlineData("Nadie nos tomó nota.", Polarity.Negative)]
    [InlineData("Nunca vino nadie a tomarnos nota.", Polarity.Negative)]
    [InlineData("Nadie se acercó a la mesa en veinte minutos.", Polarity.Negative)]
    [InlineData("Tuvimos que insistir para que nos trajeran el postre.", Polarity.Negative)]
    [InlineData("Faltaba personal y se notaba.", Polarity.Negative)]
    public void Acts_of_serving_withheld_or_asked_for_again_blame_the_service(string text, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("es", text);

        Assert.True(analysis.Mentions.Count == 1, Describe(analysis));
        Assert.Equal(polarity, analysis.Mentions[0].Polarity);
    }

    [Theory]
    [InlineData("Los camareros, superamables.", "camareros", Polarity.Positive)]
    [InlineData("La camarera fue muy seca con nosotros.", "camarera", Polarity.Negative)]
    [InlineData("La atención dejó mucho que desear.", "atención", Polarity.Negative)]
    public void Joined_intensifiers_curtness_and_past_verdicts_are_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("es", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Buen ambiente, servicio mediocre.", "servicio", Polarity.Negative)]
    [InlineData("Buena comida, servicio lento.", "servicio", Polarity.Negative)]
    [InlineData("Bonita terraza, camareros muy antipáticos.", "camareros", Polarity.Negative)]
    [InlineData("Mala comida, servicio excelente.", "servicio", Polarity.Positive)]
    [InlineData("El precio es exagerado y el servicio deja mucho que desear.", "servicio", Polarity.Negative)]
    [InlineData("Buena comida y servicio, muy recomendable.", "servicio", Polarity.Positive)]
    public void A_noun_with_its_own_verdict_after_it_shares_no_praise_of_the_item_before(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("es", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Los servicios estaban sucios.")]
    [InlineData("Cobran el servicio de mesa aparte.")]
    [InlineData("Me llamó la atención la decoración del local.")]
    [InlineData("En el momento en que llegamos el local estaba vacío y tranquilo.")]
    [InlineData("Una puntualización importante sobre el menú de grupos.")]
    [InlineData("Es un sitio para clientes puntuales, no habituales.")]
    public void Service_words_in_other_senses_are_no_staff(string text)
    {
        var analysis = _analyzer.Analyze("es", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("La atención fue impecable.", "atención", Polarity.Positive)]
    [InlineData("El servicio fue rápido y puntual.", "servicio", Polarity.Positive)]
    [InlineData("El camarero nos atendió en el momento.", "camarero", Polarity.Positive)]
    public void The_staff_and_their_attention_are_still_read(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("es", text), text, term).Polarity);
    }
}
