using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer49 (the lead's restaurant leftovers, product grounds): an act followed by "That was it." is the least
/// the service did; a pardon in the next sentence covers a wait on the line; a fire where the guest sat blames no one;
/// "they" after the guest's own kids or parents are them. Own sentences, with guards that read right before.
/// </summary>
public class RestaurantLeftoversTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    // "That was it." alone after an act of serving, or after praise, says the service stopped there
    [Theory]
    [InlineData("The staff greeted us. That was it.", "staff")]
    [InlineData("The waiter took our order. That was it.", "waiter")]
    [InlineData("Our server brought the menus. And that was all.", "server")]
    [InlineData("The hostess seated us. That's about it.", "hostess")]
    public void An_act_and_nothing_more_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("We ordered the pasta. That was it.")]
    [InlineData("I had a coffee. That's all.")]
    public void Nothing_more_of_the_guest_makes_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("The staff greeted us warmly. That was it for the wait, our table was ready.", "staff")]
    [InlineData("The waiter was lovely. That was what made the night.", "waiter")]
    public void Praise_followed_by_more_than_nothing_more_stays_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    // a wait on the line is a wait: the guest's pardon in the next sentence or after it excuses it
    [Theory]
    [InlineData("They put me on hold twice. That was fine.")]
    [InlineData("Put me on hold twice. That was fine.")]
    [InlineData("The agent put me on hold for a bit, which was fine.")]
    [InlineData("Support put me on hold. We didn't mind.")]
    public void A_pardoned_hold_blames_nothing(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("They put me on hold twice. That was ridiculous.", "on hold")]
    [InlineData("They put me on hold and then hung up. That was fine.", "hung up")]
    public void A_hold_not_pardoned_or_a_hang_up_still_blames(string text, string term)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Contains(analysis.Mentions, m => m.Polarity == Polarity.Negative);
        Assert.Contains(term, text, StringComparison.Ordinal);
    }

    // a fire where the guest sat or the food was cooked blames no one
    [Theory]
    [InlineData("They seated us by the fire.")]
    [InlineData("The hostess put us at a table near the fireplace.")]
    [InlineData("The waiter brought our pizza from the wood-fired oven.")]
    public void A_fire_where_the_guest_sat_blames_no_one(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Fact]
    public void Staff_who_should_be_fired_are_still_blamed()
    {
        const string text = "That waiter should be fired.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "waiter").Polarity);
    }

    // "they" right after the guest's own kids, children or parents are them, not the house
    [Theory]
    [InlineData("My kids came along and they brought crayons for them.")]
    [InlineData("Our children came too and they brought their own snacks.")]
    [InlineData("My parents joined us and they brought a bottle of wine.")]
    public void They_after_the_guests_party_are_the_party(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Fact]
    public void They_before_the_kids_are_still_the_house()
    {
        const string text = "They brought crayons for my kids right away.";

        Assert.NotEmpty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
