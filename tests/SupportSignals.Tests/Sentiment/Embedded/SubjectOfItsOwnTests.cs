using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// "They" is a subject of its own: a service word after it is said of the people who serve, not of the dish or the
/// place its clause opened with ("the curry is lovely and they are always so friendly"). Without it the aspect keeps
/// the word ("the app is quick").
/// </summary>
public class SubjectOfItsOwnTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The curry is lovely and they are always so friendly.", "friendly", Polarity.Positive)]
    [InlineData("The noodles are cheap and they are really quick.", "quick", Polarity.Positive)]
    [InlineData("The soup arrived cold and they never apologized.", "apologized", Polarity.Negative)]
    [InlineData("The little bakery is cozy and they cater to every allergy.", "cater", Polarity.Positive)]
    public void A_service_word_after_they_is_said_of_the_staff(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The new booking app is really quick.")]
    [InlineData("The wine list is flexible enough for any budget.")]
    public void Without_a_subject_of_its_own_the_aspect_keeps_the_word(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
