using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Round analyzer66: the people serving in shops, deliveries, travel, insurance and banks, the field staff
/// sent out, and the person the customer spoke to named by the talk alone. Words as often said of a product or a
/// story ("driver", "guide", "installer", a software "advisor") stay out.</summary>
public class StaffBeyondRestaurantsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The shop assistants were brilliant with my grandad.", "shop assistants", Polarity.Positive)]
    [InlineData("Honestly the sales assistant was useless.", "sales assistant", Polarity.Negative)]
    [InlineData("A sales associate was awful to us.", "sales associate", Polarity.Negative)]
    [InlineData("The checkout staff at this store are always fab.", "checkout staff", Polarity.Positive)]
    [InlineData("The woman on the till was so miserable.", "woman on the till", Polarity.Negative)]
    [InlineData("My personal shopper was fantastic.", "personal shopper", Polarity.Positive)]
    [InlineData("The deliveryman was superb.", "deliveryman", Polarity.Positive)]
    [InlineData("The lady at the car hire desk was lovely.", "car hire desk", Polarity.Positive)]
    [InlineData("Our chambermaid was a gem.", "chambermaid", Polarity.Positive)]
    public void Shop_and_hotel_staff_are_service(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }

    [Theory]
    [InlineData("The courier was fantastic.", "courier", Polarity.Positive)]
    [InlineData("Absolutely hopeless couriers.", "couriers", Polarity.Negative)]
    [InlineData("Our taxi driver was wonderful.", "taxi driver", Polarity.Positive)]
    [InlineData("The chauffeur was terrible.", "chauffeur", Polarity.Negative)]
    [InlineData("Our tour guide was superb.", "tour guide", Polarity.Positive)]
    [InlineData("The salesman was awful.", "salesman", Polarity.Negative)]
    [InlineData("The installers were excellent.", "installers", Polarity.Positive)]
    [InlineData("The dispatcher was a nightmare.", "dispatcher", Polarity.Negative)]
    [InlineData("Our postie is a legend.", "postie", Polarity.Positive)]
    public void Travel_delivery_and_field_staff_are_service_when_judged(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("The claims handler was superb.", "claims handler", Polarity.Positive)]
    [InlineData("The loss adjuster was hopeless.", "loss adjuster", Polarity.Negative)]
    [InlineData("Our relationship manager is excellent.", "relationship manager", Polarity.Positive)]
    [InlineData("The billing department is a joke.", "billing department", Polarity.Negative)]
    [InlineData("The person I spoke to was wonderful.", "person I spoke to", Polarity.Positive)]
    [InlineData("The guy on the phone was hopeless.", "guy on the phone", Polarity.Negative)]
    [InlineData("The call handler was hopeless.", "call handler", Polarity.Negative)]
    public void Claims_bank_and_phone_staff_are_support(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
        Assert.Equal(ServiceCategory.Resolution, mention.Category);
    }

    [Fact]
    public void A_shop_assistant_named_without_a_judgement_is_a_neutral_mention()
    {
        const string text = "I asked a shop assistant where the changing rooms were.";
        var mention = MentionOf(_analyzer.Analyze("en", text), text, "shop assistant");

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Theory]
    [InlineData("The robo advisor gives terrible picks.")]
    [InlineData("The robo-advisor is excellent for beginners.")]
    [InlineData("The printer driver is terrible.")]
    [InlineData("The installer is excellent and tiny.")]
    [InlineData("The setup guide was excellent.")]
    public void Products_named_like_staff_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The sales assistant could not have cared less.", "sales assistant")]
    [InlineData("Honestly the man on the till couldn't have cared less.", "man on the till")]
    [InlineData("The claims team is a shambles.", "claims team")]
    [InlineData("Check-in was shambolic.", "Check-in")]
    public void Idioms_of_not_caring_and_of_chaos_blame_the_staff(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
