using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// English vocabulary classes of round analyzer27: what the guest did or felt, idioms and ways of cooking that borrow
/// a word of service, and kindnesses or failures of the house told without a word for the staff.
/// </summary>
public class GuestSideAndHouseKindnessTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The lemon zest does a great service to the whole dish.")]
    [InlineData("Calling it a bistro does a disservice to the place.")]
    [InlineData("I brought my parents here last spring and they still talk about it.")]
    [InlineData("We brought a bottle of our own wine for the anniversary.")]
    [InlineData("The back room has long tables to accommodate big birthday parties.")]
    [InlineData("The largest suite can accommodate up to six people.")]
    [InlineData("The curry was fine but honestly not worth the wait.")]
    [InlineData("We arrived on time for our booking and looked at the menu.")]
    [InlineData("The slow cooked lamb shoulder was the star of the night.")]
    [InlineData("Their pickles are quick fried and served with a spicy dip.")]
    public void The_guest_s_own_act_an_idiom_or_a_way_of_cooking_is_no_service_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Halfway through dinner the manager bought us a round of drinks.", "manager")]
    [InlineData("The bartender sent over dessert on the house for my birthday.", "bartender")]
    [InlineData("I asked for no onions and they were happy to change it.", "happy to change")]
    [InlineData("We asked for a quieter table and the host immediately obliged.", "host")]
    [InlineData("I love this diner because you never feel rushed to leave.", "feel rushed")]
    [InlineData("The best part of this place is that we never felt pressured to order more.", "felt pressured")]
    [InlineData("The waitress boxed up our pizza and added a few extra garlic knots.", "waitress")]
    [InlineData("The waitress wrapped up the leftovers and added some extra bread.", "waitress")]
    [InlineData("Our server gave us some extra fries because the kids were hungry.", "server")]
    [InlineData("The manager threw in a free dessert for my birthday.", "manager")]
    public void A_kindness_of_the_house_or_a_guest_never_rushed_is_praise_of_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The food here is decent but we felt rushed the whole evening.", "felt rushed")]
    [InlineData("The pasta was lovely, though we felt hurried through dessert.", "felt hurried")]
    public void A_guest_rushed_or_left_with_little_is_a_service_complaint(string text, string term)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Equal(Polarity.Negative, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("The bartender added some extra charges to our tab.", "bartender")]
    [InlineData("At checkout the clerk added a few extra fees nobody had mentioned.", "clerk")]
    public void Extra_charges_are_no_kindness(string text, string term) =>
        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);

    [Fact]
    public void An_apology_that_was_all_the_guest_got_is_blame()
    {
        const string text = "Our table was given away and all we got was an apology.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "apology").Polarity);
    }
}
