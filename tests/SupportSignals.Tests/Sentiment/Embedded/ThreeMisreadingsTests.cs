using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Three misreadings of English (round analyzer30): a word of speed or manner in a clause of another aspect, beyond
/// "although" or "but", describes that aspect, not the staff of the other clause; the staff that are the subject of a
/// clause take its predicate, not the noun of their prepositional phrase; what the staff said of something else is a
/// narrated act, not a judgement of them.
/// </summary>
public class ThreeMisreadingsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The wifi is fast although the service is slow.", "service", Polarity.Negative)]
    [InlineData("The room was quick to clean although the staff were slow.", "staff", Polarity.Negative)]
    [InlineData("The app is quick although the support team is slow.", "support team", Polarity.Negative)]
    [InlineData("The breakfast was fast although the waiter was slow.", "waiter", Polarity.Negative)]
    [InlineData("The dashboard loads fast, although the support is slow.", "support", Polarity.Negative)]
    [InlineData("The pool is lovely although the service is slow.", "service", Polarity.Negative)]
    [InlineData("The wifi is slow although the staff are quick to help.", "staff", Polarity.Positive)]
    [InlineData("The website is fast although the service desk is slow.", "service desk", Polarity.Negative)]
    public void A_cue_in_another_aspects_clause_leaves_the_staff_to_their_own(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
    [Theory]
    [InlineData("The service at the hotel is poor.", "service", Polarity.Negative)]
    [InlineData("The service at the hotel was poor.", "service", Polarity.Negative)]
    [InlineData("The staff at the front desk were rude.", "staff", Polarity.Negative)]
    [InlineData("The staff at the hotel are wonderful.", "staff", Polarity.Positive)]
    [InlineData("The waiters in the restaurant were very slow.", "waiters", Polarity.Negative)]
    [InlineData("The service in the bar is excellent.", "service", Polarity.Positive)]
    [InlineData("The service at this restaurant is terrible.", "service", Polarity.Negative)]
    [InlineData("The staff of the spa were lovely.", "staff", Polarity.Positive)]
    [InlineData("The customer service for the app is useless.", "customer service", Polarity.Negative)]
    [InlineData("The staff at the pool bar were rude.", "staff", Polarity.Negative)]
    [InlineData("The service on the terrace was awful.", "service", Polarity.Negative)]
    [InlineData("The service at the restaurant was bad.", "service", Polarity.Negative)]
    [InlineData("The support for the software is awful.", "support", Polarity.Negative)]
    [InlineData("The service in the dining room was mediocre.", "service", Polarity.Negative)]
    [InlineData("The staff at the hotel are great.", "staff", Polarity.Positive)]
    [InlineData("The service at the spa was superb.", "service", Polarity.Positive)]
    [InlineData("The service at the bar is disappointing.", "service", Polarity.Negative)]
    [InlineData("The customer service of this hotel is shocking.", "customer service", Polarity.Negative)]
    [InlineData("The waiters at the bar were friendly and quick.", "waiters", Polarity.Positive)]
    [InlineData("The staff at the pool were rude.", "staff", Polarity.Negative)]
    public void The_staff_as_subject_take_the_predicate_not_the_noun_of_their_phrase(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Theory]
    [InlineData("The service at the hotel is poor.")]
    [InlineData("The service at the hotel was poor.")]
    [InlineData("The staff at the front desk were rude.")]
    [InlineData("The staff at the hotel are wonderful.")]
    [InlineData("The waiters in the restaurant were very slow.")]
    [InlineData("The service in the bar is excellent.")]
    [InlineData("The service at this restaurant is terrible.")]
    [InlineData("The staff of the spa were lovely.")]
    [InlineData("The customer service for the app is useless.")]
    [InlineData("The service on the terrace was awful.")]
    [InlineData("The service at the restaurant was bad.")]
    [InlineData("The support for the software is awful.")]
    [InlineData("The service in the dining room was mediocre.")]
    [InlineData("The staff at the hotel are great.")]
    [InlineData("The service at the spa was superb.")]
    [InlineData("The service at the bar is disappointing.")]
    [InlineData("The customer service of this hotel is shocking.")]
    [InlineData("The staff at the pool bar were rude.")]
    [InlineData("The waiters at the bar were friendly and quick.")]
    [InlineData("The staff at the pool were rude.")]
    public void A_staff_subject_judged_past_its_phrase_is_a_strong_mention(string text)
    {
        var example = Assert.Single(Example.Build([(1, text)]));

        Assert.True(example.Strong);
    }

    [Theory]
    [InlineData("The food at the bar was cold.")]
    [InlineData("The rooms at the hotel are clean.")]
    [InlineData("The pasta at this restaurant is amazing.")]
    public void A_dish_or_room_at_a_place_is_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }
    [Theory]
    [InlineData("The mechanic said the brakes were worn.")]
    [InlineData("The nurse said my blood test was fine.")]
    [InlineData("The plumber said the boiler was in terrible shape.")]
    [InlineData("The dentist told me my teeth were perfect.")]
    [InlineData("The vet said the medication was excellent.")]
    [InlineData("The hairdresser says the haircut will look great.")]
    [InlineData("The manager said the kitchen was slow tonight.")]

    public void What_staff_said_of_something_else_judges_no_one(string text)
    {
        var analysis = _analyzer.Analyze("en", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("The waiter said the fish was excellent.", "waiter", Polarity.Neutral)]
    [InlineData("The waitress told us the soup was awful tonight.", "waitress", Polarity.Neutral)]
    [InlineData("The mechanic rudely said the brakes were worn.", "mechanic", Polarity.Negative)]
    [InlineData("The nurse kindly said my blood test was fine.", "nurse", Polarity.Positive)]
    public void A_speaker_is_neutral_unless_the_sentence_judges_how_they_spoke(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
    [Theory]
    [InlineData("The staff said nothing and ignored us.", "staff", Polarity.Negative)]
    [InlineData("The waiter said nothing when we complained about the cold soup.", "waiter", Polarity.Negative)]
    [InlineData("The receptionist never said a word to us the whole stay.", "receptionist", Polarity.Negative)]
    [InlineData("The nurse said nothing and just left the room.", "nurse", Polarity.Negative)]
    [InlineData("The barman didn't say a word and slammed the drinks down.", "barman", Polarity.Negative)]
    public void A_silence_of_the_staff_blames_them_and_negates_nothing_after_it(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }
}
