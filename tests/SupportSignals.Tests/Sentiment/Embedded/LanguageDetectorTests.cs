using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class LanguageDetectorTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "I would like to thank the team for their patience with my questions.")]
    [InlineData("es", "Quiero dar las gracias al equipo por su paciencia con todas mis preguntas.")]
    [InlineData("fr", "Je voudrais remercier l'équipe pour sa patience avec toutes mes questions.")]
    [InlineData("de", "Ich möchte dem Team für seine Geduld mit meinen Fragen danken.")]
    [InlineData("pt", "Quero agradecer à equipe pela paciência com todas as minhas perguntas.")]
    [InlineData("nl", "Ik wil het team bedanken voor het geduld met al mijn vragen.")]
    [InlineData("tr", "Tüm sorularımdaki sabırları için ekibe teşekkür etmek istiyorum.")]
    [InlineData("ru", "Хочу поблагодарить команду за терпение ко всем моим вопросам.")]
    [InlineData("ar", "أود أن أشكر الفريق على صبرهم مع كل أسئلتي.")]
    [InlineData("hi", "मैं टीम को मेरे सभी सवालों के साथ धैर्य के लिए धन्यवाद देना चाहता हूं।")]
    [InlineData("hi", "Main team ko dhanyavad dena chahta hoon, unhone mere sawalon ka jawab bahut dhyan se diya.")]
    public void Each_language_is_recognised(string expected, string text)
    {
        Assert.Equal(expected, _analyzer.Analyze("l", text).Language);
    }

    [Theory]
    [InlineData("nl", "Vriendelijke serveerster en lekkere koffie.")]
    [InlineData("tr", "Servis vasat.")]
    [InlineData("tr", "Garson cok yavas geliyordu.")]
    public void Short_texts_are_recognised_by_inflections_and_spelling(string expected, string text)
    {
        Assert.Equal(expected, _analyzer.Analyze("l", text).Language);
    }

    [Theory]
    // a phrase of one language covers the function words that would have voted for it ("nadie", "se")
    [InlineData("es", "Nadie se acercó a atendernos")]
    [InlineData("es", "No vino nadie a atendernos")]
    public void A_phrase_votes_as_the_function_words_it_covers(string expected, string text)
    {
        Assert.Equal(expected, _analyzer.Analyze("l", text).Language);
    }

    [Theory]
    [InlineData("nl", "Wijnkaart uitstekend.")]
    [InlineData("tr", "Kurye geliyor.")]
    // "ij" across two words ("taxi just") and "yor" after no "i" or "u" ("mayor") are no spelling of Dutch or Turkish
    [InlineData("en", "The taxi just left and the mayor came over to thank the staff.")]
    public void Spelling_votes_count_only_within_a_word(string expected, string text)
    {
        Assert.Equal(expected, _analyzer.Analyze("l", text).Language);
    }

    [Fact]
    public void A_hint_overrides_detection_and_an_unknown_hint_is_ignored()
    {
        Assert.Equal("pt", _analyzer.Analyze("h", "Obrigado!", "pt").Language);
        Assert.Equal("es", _analyzer.Analyze("h", "Muchas gracias por la ayuda, el servicio fue excelente.", "xx").Language);
    }
}
