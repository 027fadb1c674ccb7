using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// The people serving as guests type them ("our waitor", "the waitres"), and how the guest was treated said as a noun
/// ("the treatment we got", "his manners", "the royal treatment", "well served"): service mentions with the polarity
/// of their judgement. A treatment of the spa or the kids' table manners is no service.
/// </summary>
public class TreatmentAndMisspeltStaffTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our waitor was rude and never smiled.", "waitor", Polarity.Negative)]
    [InlineData("The waitres was lovely to our kids.", "waitres", Polarity.Positive)]
    [InlineData("The wait person ignored us all night.", "wait person", Polarity.Negative)]
    [InlineData("The bartendar was great fun.", "bartendar", Polarity.Positive)]
    [InlineData("The treatment we got at this bistro was fantastic.", "treatment", Polarity.Positive)]
    [InlineData("The treatment we received was shameful.", "treatment", Polarity.Negative)]
    [InlineData("His manners were appalling.", "manners", Polarity.Negative)]
    [InlineData("We got the royal treatment from start to finish.", "royal treatment", Polarity.Positive)]
    [InlineData("We were well served all evening.", "well served", Polarity.Positive)]
    public void Misspelt_staff_and_the_treatment_are_service(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("The spa treatment was disappointing.")]
    [InlineData("The kids next to us had terrible table manners.")]
    public void A_treatment_of_the_spa_or_table_manners_are_no_service(string text)
    {
        var analysis = _analyzer.Analyze("comment", text);

        Assert.Empty(analysis.Mentions);
    }
}
