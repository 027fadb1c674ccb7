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
}
