using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class MultilingualMentionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("es", "La comida estaba buena pero el camarero fue muy antipático.", "camarero", Polarity.Negative)]
    [InlineData("es", "El soporte no me ayudó con la factura.", "soporte", Polarity.Negative)]
    [InlineData("es", "El personal fue amabilísimo y muy atento.", "personal", Polarity.Positive)]
    [InlineData("fr", "Le serveur n'était pas aimable du tout.", "serveur", Polarity.Negative)]
    [InlineData("fr", "Le service client a répondu très rapidement, merci !", "service client", Polarity.Positive)]
    [InlineData("de", "Der Kellner war unfreundlich und langsam.", "Kellner", Polarity.Negative)]
    [InlineData("de", "Der Kundenservice hat mir schnell geholfen.", "Kundenservice", Polarity.Positive)]
    [InlineData("pt", "O atendimento foi excelente e a equipe muito prestativa.", "atendimento", Polarity.Positive)]
    [InlineData("pt", "O suporte demorou uma semana para responder.", "suporte", Polarity.Negative)]
    [InlineData("nl", "De bediening was traag en niet vriendelijk.", "bediening", Polarity.Negative)]
    [InlineData("nl", "Het personeel was ontzettend gastvrij.", "personeel", Polarity.Positive)]
    [InlineData("tr", "Garsonlar çok ilgisizdi ve servis berbattı.", "Garsonlar", Polarity.Negative)]
    [InlineData("tr", "Destek ekibi sorunumu hemen çözdü, çok memnun kaldım.", "Destek ekibi", Polarity.Positive)]
    [InlineData("ru", "Я написал в поддержку, но никто не помог.", "поддержку", Polarity.Negative)]
    [InlineData("ru", "Официанты вежливые и внимательные.", "Официанты", Polarity.Positive)]
    [InlineData("ar", "الخدمة سيئة جدا والموظف لم يساعدنا", "الخدمة", Polarity.Negative)]
    [InlineData("ar", "الموظفين متعاونين جدا والاستقبال رائع", "الموظفين", Polarity.Positive)]
    [InlineData("hi", "सपोर्ट टीम ने कोई मदद नहीं की", "सपोर्ट", Polarity.Negative)]
    [InlineData("hi", "होटल का स्टाफ बहुत विनम्र था", "स्टाफ", Polarity.Positive)]
    [InlineData("hi", "Support team ne bahut jaldi help kiya, staff bhi bahut accha tha.", "Support team", Polarity.Positive)]
    [InlineData("hi", "Customer care wale bilkul bekar hain, koi jawab nahi dete.", "Customer care", Polarity.Negative)]
    public void Mentions_are_found_with_their_polarity_in_each_language(string language, string text, string term, Polarity expected)
    {
        var analysis = _analyzer.Analyze(language, text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("Turkish suffix negation", "Personel bize hiç yardımcı olmadı.", "Personel")]
    [InlineData("Dutch negation after the verb", "De medewerker hielp ons niet.", "medewerker")]
    [InlineData("Russian double negation", "Официант так и не подошёл, никто нас не обслужил.", "Официант")]
    [InlineData("Spanish double negation", "Nadie del servicio técnico nos contestó nunca.", "servicio técnico")]
    public void Language_specific_negation_is_understood(string phenomenon, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(phenomenon, text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void Spanish_mas_is_more_not_the_Portuguese_but()
    {
        const string text = "La comida era mala, el personal más amable que recuerdo.";

        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("es", text), text, "personal").Polarity);
    }

    [Fact]
    public void Mixed_language_text_still_finds_the_service_word()
    {
        const string text = "Great food pero el servicio fue lentísimo.";
        var analysis = _analyzer.Analyze("mix", text);

        var mention = MentionOf(analysis, text, "servicio");
        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Fact]
    public void Unaccented_spelling_matches_like_the_accented_one()
    {
        const string accented = "Servis çok yavaş ve garson çok kabaydı.";
        const string plain = "Servis cok yavas ve garson cok kabaydi.";

        var a = _analyzer.Analyze("a", accented);
        var b = _analyzer.Analyze("b", plain);

        Assert.Equal(Polarity.Negative, MentionOf(a, accented, "garson").Polarity);
        Assert.Equal(Polarity.Negative, MentionOf(b, plain, "garson").Polarity);
        Assert.Equal("tr", b.Language);
    }

    [Fact]
    public void French_elision_keeps_the_span_on_the_word()
    {
        const string text = "L'accueil était chaleureux.";
        var mention = MentionOf(_analyzer.Analyze("fr", text), text, "accueil");

        Assert.Equal("accueil", mention.Target);
        Assert.Equal(2, mention.Offset);
        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void A_false_friend_keeps_its_own_language_meaning()
    {
        var french = _analyzer.Analyze("fr", "Le pain était sec mais le personnel adorable.");
        var english = _analyzer.Analyze("en", "Getting the personal data export was a pain.");

        Assert.Equal(Polarity.Positive, Assert.Single(french.Mentions).Polarity);
        Assert.False(english.MentionsService, MentionAssertions.Describe(english));
    }
}
