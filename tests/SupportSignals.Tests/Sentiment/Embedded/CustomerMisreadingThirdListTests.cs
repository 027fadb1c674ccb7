using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer40 (customer-visible misreadings, third list): own sentences the product misread, each fixed by a
/// mechanism or a vocabulary class, with guards that read right before.
/// </summary>
public class CustomerMisreadingThirdListTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    // what the reader may want names a want: when the sentence gives the verdict, its praise counts for nothing
    [Theory]
    [InlineData("If you are after great service, stay away.", "service")]
    [InlineData("If you want good service, go elsewhere.", "service")]
    [InlineData("If you're looking for fast service, look elsewhere.", "service")]
    [InlineData("Go elsewhere if you want friendly staff.", "staff")]
    [InlineData("For anyone who wants attentive waiters, this is a place to avoid.", "waiters")]
    [InlineData("If you expect a warm welcome, look somewhere else.", "welcome")]
    public void A_want_before_a_verdict_that_sends_the_reader_away_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("If you want great service, this is the place.", "service")]
    [InlineData("If you want great service, look no further.", "service")]
    [InlineData("If you like friendly staff, you will love it here.", "staff")]
    public void A_want_the_place_meets_keeps_its_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    // a standard what precedes falls short of outweighs it
    [Theory]
    [InlineData("A smile from the waiter does not amount to good service.", "waiter")]
    [InlineData("A free dessert is no substitute for decent service.", "service")]
    [InlineData("A nice smile isn't the same as good service.", "service")]
    [InlineData("Friendly staff do not amount to good service when the food takes an hour.", "staff")]
    public void Praise_that_falls_short_of_a_standard_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The friendly staff is no substitute for good food.", "staff")]
    public void The_standard_of_another_aspect_leaves_the_staff_their_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    // the guest's pardon of a wait, in the next sentence or as not minding, keeps the wait from blaming
    [Theory]
    [InlineData("It took a week. That was fine.")]
    [InlineData("The food took forty minutes. That was fine, they were busy.")]
    [InlineData("We waited an hour for our food. No big deal.")]
    [InlineData("The food took an hour. We didn't mind.")]
    [InlineData("It took a week, which was fine.")]
    public void A_pardoned_wait_blames_nothing(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("Support took two days to reply. We didn't mind.", "Support")]
    [InlineData("Support took two days to reply, which we didn't mind.", "Support")]
    [InlineData("The service was slow. But we didn't mind.", "service")]
    public void A_pardoned_wait_of_the_staff_named_is_no_blame(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The refund took a week. That was ridiculous.", "took a week")]
    [InlineData("The service was slow. The food was fine.", "service")]
    [InlineData("The waiter was rude. That was fine.", "waiter")]
    public void A_wait_not_pardoned_or_a_slight_still_blames(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    // a phrase votes for its language once per word it covers: a short text of one phrase is still detected
    [Theory]
    [InlineData("That was fine.", "en")]
    [InlineData("We didn't mind.", "en")]
    [InlineData("Never again.", "en")]
    [InlineData("No problem.", "en")]
    [InlineData("Geen probleem.", "nl")]
    [InlineData("Sin problema.", "es")]
    public void A_short_text_of_one_phrase_is_detected(string text, string language)
    {
        Assert.Equal(language, _analyzer.Analyze("t", text).Language);
    }

    // a phrase of kindness gives the guest what follows it: the house's kindness even with no staff named
    [Theory]
    [InlineData("They threw in a free dessert.", "threw in a free")]
    [InlineData("They sent over a free dessert.", "sent over a free")]
    [InlineData("They gave us a free round of drinks.", "gave us a free")]
    [InlineData("They added some extra fries.", "added some extra")]
    [InlineData("They threw in a free dessert for my birthday, so sweet of them.", "threw in a free")]
    public void A_kindness_of_the_house_is_a_friendly_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }

    [Theory]
    [InlineData("A friendly atmosphere and great food.")]
    [InlineData("The dessert was free with the set menu.")]
    public void A_quality_of_the_aspect_is_no_kindness(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    // a limited count of attention is attention missing, one category whatever the count
    [Theory]
    [InlineData("The waitress only checked on us twice.", "waitress")]
    [InlineData("The server only came by twice.", "server")]
    [InlineData("The waiter only came over twice all night.", "waiter")]
    [InlineData("The waitress only checked on us once.", "waitress")]
    [InlineData("Our waiter checked on us maybe twice.", "waiter")]
    public void A_limited_count_of_attention_blames_the_attention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }

    [Theory]
    [InlineData("I asked three times for a glass of water.", "asked")]
    [InlineData("We asked for the bill twice.", "asked")]
    public void A_request_made_again_still_blames_the_speed(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    // a plain act of telling or asking judges nothing
    [Theory]
    [InlineData("The server explained the specials.", "server")]
    [InlineData("The agent asked for my order number.", "agent")]
    [InlineData("The support agent asked for my account number.", "support agent")]
    [InlineData("The waiter explained the wine list.", "waiter")]
    [InlineData("The agent explained the refund policy.", "agent")]
    [InlineData("The receptionist explained the check-out procedure.", "receptionist")]
    [InlineData("The agent read out my booking number.", "agent")]
    public void A_plain_act_is_a_neutral_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Theory]
    [InlineData("The agent explained everything clearly.", "agent", Polarity.Positive)]
    [InlineData("The waiter patiently explained the menu.", "waiter", Polarity.Positive)]
    [InlineData("Our server took the time to explain every dish.", "server", Polarity.Positive)]
    [InlineData("The agent never explained anything.", "agent", Polarity.Negative)]
    [InlineData("The waitress suggested a wine that went very well with the fish.", "waitress", Polarity.Positive)]
    public void Telling_done_with_care_or_not_at_all_is_judged(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
