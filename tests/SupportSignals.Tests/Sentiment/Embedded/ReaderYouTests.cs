using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer55: a review tells the guest's experience to the reader with the generic "you" as often as with "we"
/// ("they never check on you", "they lost your reservation"), and the English lexicon wrote its acts on the guest only
/// with "us", "me", "our" and "my". <see cref="LexiconLoader"/> now also reads every English service-cue phrase of that
/// kind told to the reader, unless a line gives the "you" phrase itself.
/// </summary>
public class ReaderYouTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They never check on you once the food is down.", "check on you")]
    [InlineData("Twice now they lost your reservation and shrugged.", "lost your reservation")]
    [InlineData("They got your order wrong and charged you twice for it.", "got your order wrong")]
    [InlineData("They hurried you out the minute the dessert plates were empty.", "hurried you out")]
    [InlineData("Nobody told you the kitchen closes at nine.", "told you")]
    public void An_act_on_the_reader_that_blames_the_service_is_a_negative_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("They made you feel at home from the first minute.", "made you feel at home")]
    [InlineData("The owner looked after you like an old friend.", "owner")]
    [InlineData("They bought you a round when the kitchen was slow.", "bought you a round")]
    public void An_act_on_the_reader_that_praises_the_service_is_a_positive_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("They checked on us just often enough.", "They checked on you just often enough.")]
    [InlineData("They kept us waiting at the bar.", "They kept you waiting at the bar.")]
    [InlineData("They gave away our table after ten minutes.", "They gave away your table after ten minutes.")]
    public void The_reader_is_read_as_the_writer(string writer, string reader)
    {
        var ours = _analyzer.Analyze("en", writer, "en").Mentions;
        var yours = _analyzer.Analyze("en", reader, "en").Mentions;

        Assert.NotEmpty(ours);
        Assert.Equal(ours.Select(m => m.Polarity), yours.Select(m => m.Polarity));
    }

    [Theory]
    [InlineData("They have never let you down in all these years.")]
    [InlineData("The burgers won't let you down.")]
    public void A_line_written_for_the_reader_keeps_its_own_reading(string text)
    {
        Assert.DoesNotContain(_analyzer.Analyze("en", text, "en").Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Theory]
    [InlineData("Our dog lay down beside you and fell asleep.")]
    [InlineData("The view makes you forget the city.")]
    public void Words_of_the_reader_without_an_act_of_service_make_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
