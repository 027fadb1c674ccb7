using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Dutch words that read as service but are not here: a "correcte prijs" is fair, "eindelijk eens" welcomes,
/// "een avond beleefd" is lived through, "manieren" without judgement are ways of doing, and a guest who stays
/// long at the table ("te lang bleven zitten") tells of the guest's own time, not of a wait.</summary>
public class DutchFalseServiceWordsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Correcte prijzen, maar een onvriendelijke ober.", "ober", Polarity.Negative, "Correcte")]
    [InlineData("Eindelijk eens een zaak waar de bediening attent is.", "bediening", Polarity.Positive, "Eindelijk")]
    [InlineData("De vis wordt op verschillende manieren bereid en de bediening is vriendelijk.", "bediening", Polarity.Positive, "manieren")]
    [InlineData("Een fijne avond beleefd, en de ober was heel beleefd.", "ober", Polarity.Positive, "avond")]
    public void Only_the_staff_is_the_mention(string text, string term, Polarity polarity, string notService)
    {
        var analysis = _analyzer.Analyze("nl", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
        var at = text.IndexOf(notService, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Mentions, m => m.Offset <= at && at < m.Offset + m.Length);
    }

    [Theory]
    [InlineData("Niemand vond het erg dat we te lang bleven zitten.")]
    [InlineData("Na het dessert zijn we nog uren blijven zitten met een fles wijn.")]
    public void Lingering_at_the_table_is_no_wait(string text)
    {
        var analysis = _analyzer.Analyze("nl", text);

        Assert.Empty(analysis.Mentions);
    }
}
