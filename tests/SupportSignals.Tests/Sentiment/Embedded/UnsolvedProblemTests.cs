using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A problem left unsolved is the support's failure even when the comment names no one ("My issue was never
/// resolved"), in every language the analyzer reads; a problem the customer solved alone is no mention of the support.
/// </summary>
public class UnsolvedProblemTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "My issue was never resolved.", "never resolved")]
    [InlineData("en", "Two months later the problem has still not been fixed.", "not been fixed")]
    [InlineData("en", "My complaint wasn't resolved and I gave up.", "wasn't resolved")]
    [InlineData("es", "Mi problema nunca se resolvió.", "nunca se resolvió")]
    [InlineData("fr", "Mon problème n'a jamais été résolu.", "jamais été résolu")]
    [InlineData("de", "Mein Problem wurde nie gelöst.", "nie gelöst")]
    [InlineData("pt", "Meu problema nunca foi resolvido.", "nunca foi resolvido")]
    [InlineData("nl", "Mijn probleem is nooit opgelost.", "nooit opgelost")]
    [InlineData("ru", "Мою проблему так и не решили.", "не решили")]
    [InlineData("tr", "Sorunum hiç çözülmedi.", "çözülmedi")]
    [InlineData("ar", "المشكلة لم يتم حلها حتى الآن", "لم يتم حلها")]
    [InlineData("hi", "Meri problem ka hal nahi hua.", "hal nahi hua")]
    public void An_unsolved_problem_blames_the_resolution(string language, string text, string term)
    {
        var analysis = _analyzer.Analyze("comment", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal((language, Polarity.Negative, ServiceCategory.Resolution), (analysis.Language, mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("I fixed the issue myself after reading the docs.")]
    [InlineData("In the end I solved the problem on my own.")]
    public void A_problem_the_customer_solved_alone_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
