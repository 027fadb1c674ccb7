using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Misreadings a support lead would see in the product's output (round analyzer34, product grounds), each read with
/// the product (rules and the learned English stage): acts of the business toward the guest told without a word of
/// service.
/// </summary>
public class CustomerMisreadingTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They started stacking chairs around us at 9:45.", "stacking chairs", ServiceCategory.Friendliness)]
    [InlineData("At ten they put the chairs up on the tables while we were still eating.", "put the chairs up", ServiceCategory.Friendliness)]
    [InlineData("They were vacuuming around us before we had even paid.", "vacuuming around us", ServiceCategory.Friendliness)]
    [InlineData("Just before closing they shooed us out.", "shooed us out", ServiceCategory.Friendliness)]
    [InlineData("They seated a walk-in before us even though we had a reservation.", "seated a walk-in", ServiceCategory.Speed)]
    [InlineData("They seated walk-ins ahead of us.", "seated walk-ins", ServiceCategory.Speed)]
    [InlineData("They gave our table to another couple.", "gave our table to", ServiceCategory.Speed)]
    [InlineData("We stood by the door for twenty minutes despite having a reservation.", "despite having a reservation", ServiceCategory.Speed)]
    public void An_act_of_the_business_toward_the_guest_blames_the_service(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, category), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("The waiter stacked the plates and brought dessert.")]
    [InlineData("We had a reservation and the table was by the window.")]
    [InlineData("The chairs on the terrace are comfortable.")]
    public void Tables_chairs_and_bookings_alone_blame_nobody(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("Support told me the bug would be fixed next week.", "Support")]
    [InlineData("The agent promised to refund us.", "agent")]
    [InlineData("Support said the issue will be resolved in the next release.", "Support")]
    [InlineData("The agent told me my account would be sorted out by Friday.", "agent")]
    [InlineData("The support team said they would refund the deposit.", "support team")]
    public void A_fix_promised_is_no_recovery_and_no_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Theory]
    [InlineData("Support fixed the bug the same day.", "Support", Polarity.Positive)]
    [InlineData("The agent said it would be fixed and it was fixed the next day.", "agent", Polarity.Positive)]
    [InlineData("Support told me the bug would never be fixed.", "Support", Polarity.Negative)]
    public void A_fix_done_or_denied_still_judges(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("They fixed it a month later.")]
    [InlineData("The refund finally came after six weeks.")]
    [InlineData("They refunded me two weeks later.")]
    [InlineData("It took them three weeks to fix it.")]
    [InlineData("Support sorted it out three months later.")]
    [InlineData("The replacement arrived after eight weeks.")]
    public void A_recovery_long_after_blames_the_service(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count > 0 && analysis.Mentions.All(m => m.Polarity == Polarity.Negative
            && m.Category is ServiceCategory.Speed or ServiceCategory.Resolution), Describe(analysis));
    }

    [Theory]
    [InlineData("Support replied within two days and fixed it.", "Support")]
    [InlineData("The agent fixed it the same afternoon.", "agent")]
    public void A_recovery_in_good_time_still_praises(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("Nobody there seems to care.", "care", ServiceCategory.Friendliness)]
    [InlineData("Nobody here seemed to care about us.", "care", ServiceCategory.Friendliness)]
    [InlineData("No one appeared to be in charge and nobody seemed to care.", "care", ServiceCategory.Friendliness)]
    [InlineData("No one seemed to know what they were doing.", "know what they were doing", ServiceCategory.Knowledge)]
    [InlineData("The waiter did not appear to know what he was doing.", "waiter", ServiceCategory.Knowledge)]
    [InlineData("The staff didn't really seem to care.", "staff", ServiceCategory.Friendliness)]
    public void A_negator_reaches_through_a_raising_verb(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, category), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("The staff knew what they were doing.", "staff")]
    [InlineData("The waiter seemed to care a lot about our evening.", "waiter")]
    [InlineData("Our server clearly knew what she was doing.", "server")]
    public void A_raising_verb_alone_leaves_the_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The waiter, Tom, recommended the fish and he was right, he was lovely.", "waiter", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("The waiter, Tom, brought our drinks and he was rude.", "waiter", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Our waitress brought the wrong wine and she was rude about it.", "waitress", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("The bartender mixed a great cocktail but he was rude.", "bartender", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Our waitress suggested the steak and it was dry, but she was so sweet.", "waitress", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("The manager came over and he was very apologetic.", "manager", Polarity.Positive, ServiceCategory.Friendliness)]
    public void A_pronoun_after_the_staff_named_stands_for_them(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var analysis = _analyzer.Analyze("en", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal((1, polarity, category, term), (analysis.Mentions.Count, mention.Polarity, mention.Category, mention.Target));
    }

    [Theory]
    [InlineData("I asked three times for a glass of water.", "asked")]
    [InlineData("I asked for the bill twice before it came.", "asked")]
    [InlineData("We asked for a glass of water three times.", "asked")]
    [InlineData("I requested a high chair several times.", "requested")]
    [InlineData("We asked again for the menu.", "asked")]
    public void A_request_made_again_and_again_blames_the_speed(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Speed), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("The waitress checked on us maybe twice during the entire meal.", "waitress")]
    [InlineData("Our server came by only once.", "server")]
    [InlineData("The waiter came to our table once or twice all evening.", "waiter")]
    [InlineData("Our waiter stopped by just once after the mains.", "waiter")]
    public void Attention_done_rarely_was_missing(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Friendliness), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("I asked for another glass of wine.")]
    [InlineData("We've been here three times and the waiter was lovely.")]
    [InlineData("The waiter checked on us several times.")]
    [InlineData("We have eaten here twice and loved it.")]
    public void A_count_of_anything_else_blames_nobody(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("The reception we got was icy.", "reception")]
    [InlineData("Our waitress was frosty from the start.", "waitress")]
    [InlineData("The welcome we received was rather cold.", "welcome")]
    [InlineData("The hostess was icy from the moment we walked in.", "hostess")]
    [InlineData("The greeting we got at the door was frosty.", "greeting")]
    public void A_cold_welcome_blames_the_manner(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Friendliness), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("The beer was icy and the staff were lovely.", "staff")]
    [InlineData("The frosty glasses and the friendly bartender made our night.", "bartender")]
    public void An_icy_drink_is_the_drinks(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("We were charged for drinks we didn't order.", "were charged")]
    [InlineData("They charged us for a bottle of wine we never ordered.", "charged us for")]
    [InlineData("I was billed for a meal we never received.", "billed for")]
    [InlineData("The bar charged us for drinks we did not order.", "charged us for")]
    [InlineData("The hotel charged me for a minibar I never touched.", "charged me for")]
    public void A_charge_for_what_was_not_ordered_blames_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal((Polarity.Negative, ServiceCategory.Resolution), (mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("They charged us for water.")]
    [InlineData("We were charged $5 for bread, which is ridiculous.")]
    [InlineData("They charged us for bread, which wasn't great.")]
    [InlineData("We were charged for the wine but not the dessert.")]
    public void A_charge_named_alone_tells_of_the_price(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text).Mentions);
    }

    [Theory]
    [InlineData("They told us the bug is going to be fixed soon.")]
    [InlineData("Support said the problem is going to be solved in the next update.")]
    [InlineData("The agent told me the issue will be fixed by Monday.")]
    public void The_problem_a_fix_is_promised_for_does_not_blame_the_support(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity is Polarity.Negative or Polarity.Positive);
    }

    [Theory]
    [InlineData("No one on the staff seemed to care.", "staff", ServiceCategory.Friendliness)]
    [InlineData("Nobody at the front desk seemed to care.", "front desk", ServiceCategory.Friendliness)]
    [InlineData("None of the staff were friendly.", "staff", ServiceCategory.Friendliness)]
    [InlineData("No one at the desk was helpful.", "No one at the desk", ServiceCategory.Resolution)]
    [InlineData("Not one of the servers smiled.", "servers", ServiceCategory.Friendliness)]
    public void A_negated_subject_with_its_phrase_denies_the_predicate(string text, string term, ServiceCategory category)
    {
        var analysis = _analyzer.Analyze("en", text);
        var mention = MentionOf(analysis, text, term);

        Assert.Equal((Polarity.Negative, Polarity.Negative, category), (analysis.Polarity, mention.Polarity, mention.Category));
    }

    [Theory]
    [InlineData("Never in my life have I had such good food.", Polarity.Positive)]
    [InlineData("I have never in my life been treated so rudely.", Polarity.Negative)]
    public void A_negator_before_a_long_phrase_does_not_reach_the_predicate(string text, Polarity expected)
    {
        Assert.Equal(expected, _analyzer.Analyze("en", text).Polarity);
    }

    [Theory]
    [InlineData("I called support three times before anyone answered.", "support")]
    [InlineData("I contacted the help desk four times about my invoice.", "help desk")]
    [InlineData("We were billed twice for the same room.", "billed twice")]
    public void A_contact_made_again_and_again_or_a_double_bill_blames_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
