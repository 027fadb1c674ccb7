using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A guest who forgot the waiter's name speaks of the guest: "forgot" and "unfortunately" do not blame the
/// service the sentence praises.</summary>
public class ForgottenNameTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our waitress was lovely, sadly I forgot her name.", "waitress")]
    [InlineData("Официантка была очень внимательной, к сожалению не запомнила имя.", "Официантка")]
    [InlineData("El camarero fue muy amable, aunque no recuerdo su nombre.", "camarero")]
    [InlineData("Garson çok ilgiliydi, ismini unuttum.", "Garson")]
    public void Forgetting_the_name_is_no_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("name", text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }
}
