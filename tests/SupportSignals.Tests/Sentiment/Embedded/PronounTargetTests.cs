using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>"He was", "she is" with no one named before them and no other word of service in the sentence stand for
/// the staff an earlier sentence spoke of, and make a mention when their own clause judges them.</summary>
public class PronounTargetTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("She was brilliant and sorted everything out for us.", "She was", Polarity.Positive)]
    [InlineData("He is great, ask for him by name.", "He is", Polarity.Positive)]
    [InlineData("He was awful to us all night.", "He was", Polarity.Negative)]
    public void A_judged_pronoun_is_the_staff(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("He was there at eight on Tuesday.")]
    [InlineData("My wife said she was thrilled with the evening.")]
    [InlineData("Our friend chose the place and he was delighted.")]
    public void An_unjudged_pronoun_or_one_that_stands_for_a_companion_makes_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Fact]
    public void A_word_of_service_in_the_sentence_takes_the_judgement_instead()
    {
        const string text = "She was friendly and quick.";

        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Text.StartsWith("She", StringComparison.Ordinal));
        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, "friendly").Polarity);
    }

    [Fact]
    public void A_named_target_before_the_pronoun_keeps_the_mention()
    {
        const string text = "The waiter was lovely and she was patient with us.";

        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, "waiter").Polarity);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.StartsWith("she", StringComparison.Ordinal));
    }
}
