using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer55 (English detection, held-out-minded): "they" as the house was the one kind of missed mention that
/// recurred in both English first halves. With "they" for subject, the house deceiving the guest ("they lied to us")
/// blames the service and the house glad to have the guest ("they are always glad to see you") praises it, through
/// analyzer47's `refuse` tag; the refusal and the regular known by name are also told to the reader with the generic
/// "you" of a review ("they won't let you sit at the bar", "everyone knows your name"). With another subject none of
/// them is the service.
/// </summary>
public class HouseDealingsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They lied to us about how long the kitchen would take.", "lied to us")]
    [InlineData("Be careful, they cheated us on the bill.", "cheated us")]
    [InlineData("They lie to you about the specials being fresh.", "lie to you")]
    [InlineData("They won't let you sit at the bar unless you order food.", "won't let you")]
    [InlineData("They don't let you bring your own wine.", "don't let you")]
    [InlineData("We had a voucher and they ripped us off anyway.", "ripped us off")]
    public void The_house_deceiving_or_refusing_the_reader_is_a_negative_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("They are always glad to see you, even on a busy night.", "glad to see you")]
    [InlineData("They were genuinely happy to see us again.", "happy to see us")]
    [InlineData("It is the kind of place where they seem truly glad you came.", "glad you came")]
    [InlineData("After two visits everyone there knows your name.", "knows your name")]
    [InlineData("Within a month they knew us by name.", "knew us by name")]
    public void The_house_glad_to_have_the_guest_is_a_positive_service_mention(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("The bartender remembers your order after one visit.", "bartender")]
    [InlineData("The staff know you by name after a couple of visits.", "staff")]
    public void Staff_who_know_the_regular_are_praised(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("My friends lied about the surprise party.")]
    [InlineData("The dogs lie on the porch all afternoon.")]
    [InlineData("You will be glad you came.")]
    [InlineData("Our kids were so happy to see us after the trip.")]
    [InlineData("Remember you need to book ahead on weekends.")]
    public void Deceit_or_gladness_of_anyone_else_is_no_service_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Fact]
    public void The_house_not_letting_the_reader_down_is_praise()
    {
        var analysis = _analyzer.Analyze("en", "In ten years they have never once let you down.", "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }

    [Fact]
    public void The_house_that_does_not_let_the_reader_down_blames_nothing()
    {
        var analysis = _analyzer.Analyze("en", "They don't let you down, whatever you order.", "en");

        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Negative);
    }
}
