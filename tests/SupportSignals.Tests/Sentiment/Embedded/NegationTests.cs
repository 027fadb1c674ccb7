using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Negation with no sentiment word to reverse, and wishes for what did not happen.</summary>
public class NegationTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "The support team never called me back about the invoice.", "support team")]
    [InlineData("en", "Our waitress did not bring the second bottle of water.", "waitress")]
    [InlineData("es", "El camarero no trajo los cubiertos.", "camarero")]
    [InlineData("fr", "Le serveur n'a jamais apporté l'addition.", "serveur")]
    [InlineData("nl", "De ober bracht de rekening niet.", "ober")]
    [InlineData("ru", "Официант так и не принёс вилки.", "Официант")]
    [InlineData("ar", "الموظف لم يرسل الفاتورة", "الموظف")]
    public void A_negated_event_without_sentiment_is_a_mild_complaint(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The hostess barely acknowledged us when we walked in.", "hostess", Polarity.Negative)]
    [InlineData("Our server seldom came by to see how we were doing.", "server", Polarity.Negative)]
    [InlineData("The waiters were rarely friendly to newcomers.", "waiters", Polarity.Negative)]
    [InlineData("The staff scarcely made us wait at all.", "staff", Polarity.Positive)]
    public void Attention_that_came_rarely_came_too_little(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void A_negated_sentiment_word_is_reversed_not_doubled()
    {
        const string text = "The staff were not rude at all.";

        Assert.NotEqual(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text), text, "staff").Polarity);
    }

    [Theory]
    [InlineData("en", "I wish the waiters had been a little more attentive.", "waiters")]
    [InlineData("en", "If only the support agent had been remotely helpful.", "support agent")]
    [InlineData("es", "Ojalá el personal fuera un poco más amable.", "personal")]
    [InlineData("fr", "J'aurais aimé que le personnel soit plus souriant.", "personnel")]
    [InlineData("tr", "Keşke garsonlar biraz daha güler yüzlü olsaydı.", "garsonlar")]
    public void A_wish_reaches_the_quality_it_misses(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("nl", "De bediening, vriendelijk was die niet.", "bediening", Polarity.Negative)]
    [InlineData("nl", "De ober was vriendelijk, niet opdringerig.", "ober", Polarity.Positive)]
    [InlineData("ru", "Персонал приветливый, не навязчивый.", "Персонал", Polarity.Positive)]
    public void A_two_way_negator_reaches_back_only_when_nothing_after_it_is_negated(string language, string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }
}
