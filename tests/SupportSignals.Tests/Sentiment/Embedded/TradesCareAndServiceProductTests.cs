using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Round analyzer75: the people serving in garages, clinics, pharmacies, care and field work and support's
/// later lines (the insurer's assessor, tier 2, whoever stood at the counter or desk), and the product meanings of
/// service words (help desk software, reply suggestions, a status page's services, a ticket's price, a car's annual
/// service, free delivery, the waiting room as a place).</summary>
public class TradesCareAndServiceProductTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The loss assessor was fair and explained every step of the claim.", "loss assessor", Polarity.Positive)]
    [InlineData("Honestly the claims assessor was useless.", "claims assessor", Polarity.Negative)]
    [InlineData("The second line support team fixed it the same day.", "second line support", Polarity.Positive)]
    [InlineData("The escalation team was brilliant.", "escalation team", Polarity.Positive)]
    [InlineData("Our tier 2 agent was hopeless.", "tier 2 agent", Polarity.Negative)]
    [InlineData("The woman at the pharmacy counter asked for my date of birth.", "woman at the pharmacy counter", Polarity.Neutral)]
    [InlineData("Someone at the garage rang me with the quote.", "Someone at the garage", Polarity.Neutral)]
    [InlineData("The guy at the desk was a star.", "guy at the desk", Polarity.Positive)]
    [InlineData("They missed the engineer appointment twice.", "engineer appointment", Polarity.Negative)]
    [InlineData("A tier 2 engineer called me this morning.", "tier 2 engineer", Polarity.Neutral)]
    public void Staff_named_by_what_they_serve_are_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("The assessor was useless.", "assessor", Polarity.Negative)]
    [InlineData("The surveyor they sent was brilliant.", "surveyor they sent", Polarity.Positive)]
    [InlineData("The cable guy was a legend.", "cable guy", Polarity.Positive)]
    [InlineData("The repairman was rude.", "repairman", Polarity.Negative)]
    [InlineData("The care workers are kind and patient.", "care workers", Polarity.Positive)]
    [InlineData("The field tech was hopeless.", "field tech", Polarity.Negative)]
    public void Trades_and_care_staff_are_service_when_judged(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("The help desk software crashes every time we export tickets.")]
    [InlineData("Their help desk platform is much cheaper than the others.")]
    [InlineData("The customer support software we bought is way too expensive.")]
    [InlineData("The AI reply suggestions are hit and miss.")]
    [InlineData("The suggested replies are mostly wrong for our industry.")]
    [InlineData("All services are back up after the outage.")]
    [InlineData("Free next-day delivery is why I keep ordering here.")]
    [InlineData("Free delivery on orders over 40 pounds is a nice touch.")]
    [InlineData("The waiting area was clean and had free coffee.")]
    [InlineData("The waiting room had comfy chairs and a water machine.")]
    [InlineData("The full service and MOT cost less than the main dealer quoted.")]
    [InlineData("The service history was stamped and the car runs great.")]
    [InlineData("The ticket price included a free drink.")]
    [InlineData("Our ticket volume dropped after we turned on reply suggestions.")]
    public void Product_meanings_of_service_words_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("We sat in the waiting room for over an hour past our appointment.", "sat in the waiting room")]
    [InlineData("We opened a ticket and heard nothing for a week.", "ticket")]
    [InlineData("Their help desk never answered my emails.", "help desk")]
    public void Waits_and_silences_beside_these_words_still_blame_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("I've heard nothing but good things about the staff here.", "staff", Polarity.Positive)]
    public void Hearsay_of_praise_is_no_silence(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("Engineer did not turn up, no call, nothing.")]
    [InlineData("The plumber didn't show up and nobody rang.")]
    [InlineData("The fitter failed to turn up on the day.")]
    public void Staff_who_did_not_turn_up_are_blamed(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count > 0, Describe(analysis));
        Assert.All(analysis.Mentions, m => Assert.Equal(Polarity.Negative, m.Polarity));
    }
}
