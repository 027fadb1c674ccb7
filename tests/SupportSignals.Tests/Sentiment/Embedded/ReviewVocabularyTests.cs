using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>English words whose general-purpose valence misreads reviews; "ok" and "average" are lukewarm, neither
/// praise nor blame.</summary>
public class ReviewVocabularyTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The staff ignored our party of six all evening.", "staff")]
    [InlineData("Yeah, the support team can be slow.", "support team")]
    [InlineData("Sure, the hostess seated us, then forgot us for an hour.", "hostess")]
    [InlineData("Our waiter knocked a glass over my jacket and did not stop to apologize.", "waiter")]
    public void Chat_slang_and_neutral_nouns_do_not_sweeten_a_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter promised to ask the kitchen.", "waiter")]
    [InlineData("Our server told us to save room for dessert.", "server")]
    [InlineData("The host seated our party by the window.", "host")]
    public void Neutral_nouns_and_verbs_are_not_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.NotEqual(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void Praise_of_the_place_stays_with_the_place()
    {
        const string text = "The service was disappointing, but overall the place is lovely.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text), text, "service").Polarity);
    }

    [Theory]
    [InlineData("Our waiter was ok.", "waiter", Polarity.Neutral)]
    [InlineData("The support desk is okay.", "support desk", Polarity.Neutral)]
    [InlineData("The front desk staff were average.", "staff", Polarity.Neutral)]
    [InlineData("The hostess was not ok with us.", "hostess", Polarity.Negative)]
    [InlineData("The bartenders were well above average.", "bartenders", Polarity.Positive)]
    [InlineData("The waitstaff is below average for a place like this.", "waitstaff", Polarity.Negative)]
    public void Ok_and_average_are_lukewarm(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("I have experienced many tasting menus in this city.")]
    [InlineData("The menu is very vegetarian-friendly.")]
    [InlineData("A kid friendly place with a big garden.")]
    public void Guest_experience_and_friendly_compounds_are_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void A_user_friendly_product_leaves_the_blame_to_support()
    {
        const string text = "The app is user-friendly, but support never answers.";
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, "support").Polarity);
        Assert.Single(analysis.Mentions);
    }
}
