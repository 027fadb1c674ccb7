using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The customer's problem beside a word of solving it is what was solved, not a complaint; a negator denies the
/// solving, not the problem. Support feedback says both all the time, in every language.
/// </summary>
public class SolvedProblemTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "Support solved my problem in one call.", "Support")]
    [InlineData("en", "The agent fixed the billing issue the same day.", "agent")]
    [InlineData("es", "El soporte resolvió el problema enseguida.", "soporte")]
    [InlineData("fr", "Le support a résolu mon problème.", "support")]
    [InlineData("de", "Der Support hat das Problem gelöst.", "Support")]
    [InlineData("nl", "De helpdesk heeft mijn probleem opgelost.", "helpdesk")]
    [InlineData("pt", "O suporte resolveu o problema.", "suporte")]
    [InlineData("ru", "Поддержка решила проблему.", "Поддержка")]
    [InlineData("tr", "Destek ekibi sorunumu çözdü.", "Destek ekibi")]
    [InlineData("ar", "الدعم الفني حل المشكلة", "الدعم الفني")]
    [InlineData("hi", "Support team ne meri samasya hal kar di.", "Support team")]
    public void A_solved_problem_is_praise(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal((Polarity.Positive, ServiceCategory.Resolution), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("en", "Support did not solve the problem.", "Support")]
    [InlineData("en", "Technical support is very slow and did not solve the problem.", "Technical support")]
    [InlineData("ru", "Поддержка не решила проблему.", "Поддержка")]
    [InlineData("ar", "الدعم الفني بطيء جداً ولم يحل المشكلة", "الدعم الفني")]
    [InlineData("tr", "Destek ekibi sorunu çözmedi.", "Destek ekibi")]
    [InlineData("tr", "Destek ekibi sorunu çözemedi.", "Destek ekibi")]
    [InlineData("tr", "Destek ekibi sorunu hiç çözmedi.", "Destek ekibi")]
    [InlineData("es", "El soporte no resolvió el problema.", "soporte")]
    public void A_problem_left_unsolved_is_blame(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Fact]
    public void A_problem_without_a_word_of_solving_is_still_a_complaint()
    {
        var analysis = _analyzer.Analyze("en", "I had a problem with the invoice.");

        Assert.Equal(Polarity.Negative, analysis.Polarity);
    }

    [Theory]
    [InlineData("en", "The staff was not well organised.", "staff")]
    [InlineData("en", "The waiter was not super friendly.", "waiter")]
    public void A_negator_still_reverses_the_words_that_lean_with_the_first(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("en", "Support was no help and slow.", "Support")]
    [InlineData("ru", "Поддержка не помогла и грубила.", "Поддержка")]
    public void A_word_after_the_negated_one_and_apart_from_it_keeps_its_meaning(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Garson hiç ilgilenmedi.", "Garson")]
    [InlineData("Garson ilgilenmedi.", "Garson")]
    public void A_turkish_verb_negative_in_itself_takes_hic_as_the_same_negation(string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("tr", text), text, term).Polarity);
    }
}
