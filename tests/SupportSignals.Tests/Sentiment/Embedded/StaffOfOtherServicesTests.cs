using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The people serving in businesses beyond restaurants, hotels and software (care, shops and salons, trades at home,
/// travel, banks, a software account's own people) are the service when judged; named alone they narrate a visit, and
/// the bus, the shoe and the engineer who built the product are no staff. What was said to the customer judges what
/// it was said of, not the speaker.
/// </summary>
public class StaffOfOtherServicesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The nurse was so gentle and kind with my daughter.", "nurse", Polarity.Positive)]
    [InlineData("Our midwife was amazing throughout the labour.", "midwife", Polarity.Positive)]
    [InlineData("The dentist was patient and explained everything.", "dentist", Polarity.Positive)]
    [InlineData("The vet was wonderful with our old dog.", "vet", Polarity.Positive)]
    [InlineData("The pharmacist was rude and made me wait.", "pharmacist", Polarity.Negative)]
    [InlineData("The optician was lovely and very thorough.", "optician", Polarity.Positive)]
    [InlineData("The tailor was brilliant.", "tailor", Polarity.Positive)]
    [InlineData("The stylist was rude and ignored what I asked for.", "stylist", Polarity.Negative)]
    [InlineData("The mechanic was honest and fixed the car quickly.", "mechanic", Polarity.Positive)]
    [InlineData("Our plumber was great.", "plumber", Polarity.Positive)]
    [InlineData("The electrician was rude and left a mess.", "electrician", Polarity.Negative)]
    [InlineData("The removal men were careful and quick.", "removal men", Polarity.Positive)]
    [InlineData("Our driving instructor was patient and calm.", "driving instructor", Polarity.Positive)]
    [InlineData("My personal trainer is fantastic and very motivating.", "personal trainer", Polarity.Positive)]
    [InlineData("The bank clerk was rude to my mother.", "bank clerk", Polarity.Negative)]
    [InlineData("The teller was very helpful.", "teller", Polarity.Positive)]
    [InlineData("The cabin crew were friendly and attentive.", "cabin crew", Polarity.Positive)]
    [InlineData("The stewardess ignored us the whole flight.", "stewardess", Polarity.Negative)]
    [InlineData("Our solutions engineer was brilliant during the trial.", "solutions engineer", Polarity.Positive)]
    [InlineData("The hygienist was rough and rushed through the cleaning.", "hygienist", Polarity.Negative)]
    public void Judged_staff_of_other_services_are_a_mention(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("I bought new trainers and they are comfortable.")]
    [InlineData("We took the coach to London and it was cheap.")]
    [InlineData("The engineers who built this app did a great job.")]
    [InlineData("The nurse took my blood pressure.")]
    [InlineData("The doctor said my tests were fine.")]
    public void Other_senses_and_narrated_visits_are_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
}
