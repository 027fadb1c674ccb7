using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// A hotel's service beyond the front desk (check-in, the valet, the maids) and a support contract's words (escalation,
/// SLA, a case with no update) name the service. "sla" is English only: in Dutch it is lettuce.
/// </summary>
public class HotelAndSupportVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Check-in was a nightmare.", "Check-in", Polarity.Negative)]
    [InlineData("The check-in process was chaotic.", "check-in process", Polarity.Negative)]
    [InlineData("The valet was very friendly.", "valet", Polarity.Positive)]
    [InlineData("The maids were thorough and always cheerful.", "maids", Polarity.Positive)]
    [InlineData("My escalation went nowhere.", "escalation", Polarity.Negative)]
    [InlineData("They missed the SLA twice this month.", "missed the SLA", Polarity.Negative)]
    [InlineData("My ticket has been open for three weeks with no update.", "ticket", Polarity.Negative)]
    [InlineData("Our case sat for days with no update.", "no update", Polarity.Negative)]
    [InlineData("The support case was closed within a day and the fix worked.", "support case", Polarity.Positive)]
    public void Hotel_and_support_words_name_the_service(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Fact]
    public void Dutch_sla_is_lettuce()
    {
        const string text = "De sla was slap en de saus was koud.";

        var analysis = _analyzer.Analyze("comment", text);

        Assert.Empty(analysis.Mentions);
    }
}
