using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Round analyzer63: a plain question about the service (its hours, its channels, what it does) asks, it does
/// not judge: what a yes/no question asks about is no praise, and the learned stage gives no verdict to a question the
/// rules read without one. A question that complains stays judged.</summary>
public class QuestionAskedTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Does the help desk work on bank holidays?", "help desk", ServiceCategory.Resolution)]
    [InlineData("Can the agents help with importing contacts?", "agents", ServiceCategory.Resolution)]
    [InlineData("Does the support team answer emails on Sundays?", "support team", ServiceCategory.Resolution)]
    [InlineData("How do I reach the service desk at night?", "service desk", ServiceCategory.Availability)]
    [InlineData("Who do I call at customer service about my invoice?", "customer service", ServiceCategory.Availability)]
    [InlineData("Is the concierge available after midnight?", "concierge", ServiceCategory.Availability)]
    public void A_plain_question_about_the_service_is_a_neutral_mention(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("Why does the support team never answer on weekends?", "support team", Polarity.Negative)]
    [InlineData("Why were the staff so rude to us?", "staff", Polarity.Negative)]
    [InlineData("Is it normal that the agents take a week to reply?", "agents", Polarity.Negative)]
    public void A_question_that_complains_stays_judged(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
