using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Support answers in days: an answer that took days or has not come yet is slow service, in every language.</summary>
public class SlowAnswerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Support took three days to reply to my ticket.", "Support")]
    [InlineData("The support team took weeks to get back to us.", "support team")]
    [InlineData("The agent took over a week to answer my question.", "agent")]
    [InlineData("Still waiting for the support agent to call back.", "support agent")]
    [InlineData("Never heard back from the helpdesk.", "helpdesk")]
    public void An_answer_that_took_days_or_never_came_is_slow(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Speed), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("fr", "J'attends toujours une réponse du support.", "support")]
    [InlineData("de", "Ich warte immer noch auf eine Antwort vom Support.", "Support")]
    [InlineData("ru", "До сих пор жду ответа от поддержки.", "поддержки")]
    [InlineData("tr", "Destek ekibinden hâlâ cevap bekliyorum.", "Destek")]
    [InlineData("tr", "Müşteri hizmetleri bana dönüş yapmadı.", "Müşteri hizmetleri")]
    public void A_reply_still_awaited_is_slow(string language, string text, string term)
    {
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze(language, text), text, term).Polarity);
    }
}
