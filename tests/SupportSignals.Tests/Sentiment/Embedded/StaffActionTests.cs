using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>What the staff did to the guest is service even when no word of service is said: charging, handling the
/// table, getting the order wrong, remembering the guest.</summary>
public class StaffActionTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("They overcharged us for the second round.", "overcharged", ServiceCategory.Resolution)]
    [InlineData("Got double charged on my card, again.", "double charged", ServiceCategory.Resolution)]
    [InlineData("Somebody spilled red wine all over my jacket.", "spilled", ServiceCategory.Friendliness)]
    [InlineData("They got our order wrong twice in one night.", "got our order wrong", ServiceCategory.Resolution)]
    public void Mishaps_done_to_the_guest_blame_the_service(string text, string term, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("They remembered our names after one visit.", "remembered our")]
    [InlineData("She took the time to walk us through every course.", "took the time to")]
    public void Being_remembered_and_looked_after_praises_the_service(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void The_staff_named_beside_the_act_take_it()
    {
        const string text = "The bartender remembered us from last summer.";

        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, "bartender");

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Theory]
    [InlineData("My kids spilled their juice everywhere.")]
    [InlineData("The price of a pint dropped last year.")]
    public void Acts_of_other_people_or_things_make_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }
}
