using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>The owner and the management are a mention only when the clause judges them: named alone they own,
/// built or run the place; judged, what they did is service.</summary>
public class OwnerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("It must have cost the owners a lot of money to build the new wing.")]
    [InlineData("The owner also runs a bakery across the street.")]
    [InlineData("The proprietor bought the building in 1990.")]
    [InlineData("The restaurant is under new management.")]
    [InlineData("The managers changed the menu last spring.")]
    public void Owners_named_alone_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The owner greeted us warmly at the door.", "owner", Polarity.Positive)]
    [InlineData("The owner was rude to my mother.", "owner", Polarity.Negative)]
    [InlineData("The owners are lovely people who remember every guest.", "owners", Polarity.Positive)]
    [InlineData("The owner ignored us all evening.", "owner", Polarity.Negative)]
    [InlineData("The manager was very apologetic and kind.", "manager", Polarity.Positive)]
    [InlineData("Management was rude and unhelpful about our complaint.", "Management", Polarity.Negative)]
    public void A_judged_owner_is_a_mention(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Fact]
    public void The_staff_named_beside_the_owner_keep_their_mention()
    {
        const string text = "The owner bought the place last year and the waitress is very attentive.";

        var mention = MentionOf(_analyzer.Analyze("en", text), text, "waitress");

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }
}
