using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Round analyzer63: a contact told plainly is a neutral mention. The product's problem a ticket, a call or a
/// report was about is its topic and blames no one who was contacted; a refund named as the matter of a form, a request
/// or a question is none given and praises no one. Told with a verdict, the same contacts stay judged.</summary>
public class PlainContactTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("I filed a ticket about the sync error.", "ticket", ServiceCategory.Resolution)]
    [InlineData("The agent asked me for screenshots of the glitch.", "agent", ServiceCategory.Resolution)]
    [InlineData("I phoned customer support regarding the broken export.", "customer support", ServiceCategory.Resolution)]
    [InlineData("I reported the crash to the support team last week.", "support team", ServiceCategory.Resolution)]
    [InlineData("Support sent me a refund request form.", "Support", ServiceCategory.Resolution)]
    [InlineData("I asked the agent for a refund.", "agent", ServiceCategory.Resolution)]
    [InlineData("The support rep emailed me the refund form on Monday.", "support rep", ServiceCategory.Availability)]
    [InlineData("I messaged the help desk about the upload errors.", "help desk", ServiceCategory.Resolution)]
    public void A_plain_contact_about_the_products_problem_or_a_refund_is_a_neutral_mention(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("I opened a ticket about the payment bug and nobody replied for a week.", "ticket", Polarity.Negative)]
    [InlineData("Support gave me a refund within a day.", "Support", Polarity.Positive)]
    [InlineData("I complained to the agent about the crash and she was rude.", "agent", Polarity.Negative)]
    [InlineData("The agent fixed the export bug the same afternoon.", "agent", Polarity.Positive)]
    [InlineData("The support team made a mistake with my invoice.", "support team", Polarity.Negative)]
    public void A_contact_told_with_a_verdict_stays_judged(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
