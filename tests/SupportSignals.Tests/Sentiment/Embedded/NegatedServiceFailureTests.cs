using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer62 (negation of a service failure): a sentence that denies a failure of the staff or support, or names
/// nobody as the one who served, is read the right way round.
/// </summary>
public class NegatedServiceFailureTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Not once has an agent been rude to me.", "agent", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Not once did the waiter forget our drinks.", "waiter", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("At no point did the staff make us feel rushed.", "staff", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("Never once did the hotel staff make us wait.", "staff", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("No one has ever been rude to me at the front desk.", "front desk", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Not once did the waiter check on us.", "waiter", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("Never have I been treated so rudely by a waiter.", "waiter", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Never have I felt so welcome, the staff were wonderful.", "staff", Polarity.Positive, ServiceCategory.Friendliness)]
    public void A_fronted_negator_before_an_auxiliary_denies_its_whole_clause(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Nobody from their side could have been more helpful.", "Nobody from their side")]
    [InlineData("Nobody could have been more helpful than the support team.", "support team")]
    [InlineData("No agent could have been more patient with me.", "agent")]
    [InlineData("None of the staff could have been friendlier.", "staff")]
    [InlineData("No one at the front desk could have been nicer to us.", "front desk")]
    public void Nobody_who_could_have_done_better_is_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("I never waited more than an hour for a reply from support.", "reply from support", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("Support never took more than a day to respond.", "Support", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("Support has never taken longer than a day to reply.", "Support", Polarity.Positive, ServiceCategory.Speed)]
    [InlineData("We never had to wait more than five minutes for the waiter.", "waiter", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("We didn't get a reply from support for more than a week.", "reply from support", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("It has taken support more than a week to answer.", "support", Polarity.Negative, ServiceCategory.Speed)]
    public void A_denied_longest_wait_praises_the_speed(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("No one took responsibility for the outage.", "took responsibility", Polarity.Negative)]
    [InlineData("The account manager took responsibility and sorted it out.", "account manager", Polarity.Positive)]
    [InlineData("Hardly anyone on the support team answered our emails.", "support team", Polarity.Negative)]
    [InlineData("Hardly anybody at the reception spoke English.", "reception", Polarity.Negative)]
    [InlineData("Nobody on the support team knew how to fix it.", "support team", Polarity.Negative)]
    [InlineData("None of the agents knew how to reset my password.", "agents", Polarity.Negative)]
    [InlineData("The agent knew how to fix it right away.", "agent", Polarity.Positive)]
    public void Nobody_or_hardly_anyone_who_served_blames(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Not a single ticket went unanswered by support.", "ticket", Polarity.Positive)]
    [InlineData("Not a single waiter smiled at us.", "waiter", Polarity.Negative)]
    [InlineData("Not one agent was helpful.", "agent", Polarity.Negative)]
    public void A_negator_phrase_reaches_from_its_last_word(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
