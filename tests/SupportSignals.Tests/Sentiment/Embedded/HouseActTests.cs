using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer43 (English detection): "they" (the house) doing an act of serving is a mention, as the staff named
/// doing it is ("the waiter brought us the bread"). Its polarity comes from its own clause: told plainly it is
/// neutral, also when the sentence goes on to judge the food beyond "but" or a semicolon (that judgement is the
/// food's, not the service's); an act that is itself a complaint or a kindness keeps its own polarity. The rules'
/// reading is asserted (the learned stage may drop or re-polarise a neutral one).
/// </summary>
public class HouseActTests
{
    private readonly EmbeddedAnalyzer _rules = new(Lexicon.Shared);
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They brought us a second round of olives.", "brought")]
    [InlineData("They seated us in the back.", "seated us")]
    [InlineData("They refilled our glasses.", "refilled")]
    [InlineData("Then they took our order.", "took our order")]
    [InlineData("They came over to our table after the mains.", "came over")]
    [InlineData("They brought the bread, but the pasta was awful.", "brought")]
    [InlineData("They topped up our water; the steak was dry.", "topped up")]
    public void An_act_of_the_house_told_plainly_is_a_neutral_mention(string text, string term)
    {
        var mention = MentionOf(_rules.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Theory]
    [InlineData("They brought the bread, but the pasta was awful.")]
    [InlineData("They refilled our water, but honestly the food was bland.")]
    [InlineData("They cleared the plates; the dessert was a disaster.")]
    public void The_food_judged_beyond_a_contrast_does_not_blame_the_act(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("They brought the bread quickly, but the pasta was awful.", "brought", Polarity.Positive)]
    [InlineData("They never brought the water we asked for.", "never brought", Polarity.Negative)]
    [InlineData("They forgot our drinks.", "forgot", Polarity.Negative)]
    public void An_act_judged_in_its_own_clause_keeps_that_judgement(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_rules.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("Our friends arrived and they brought a bottle of wine.")]
    [InlineData("We brought our own cake for the birthday.")]
    [InlineData("Our plates were cleared; the dessert menu was lovely.")]
    public void An_act_of_someone_else_or_without_a_subject_is_no_mention(string text)
    {
        Assert.Empty(_rules.Analyze("en", text, "en").Mentions);
    }
}
