using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A service cue right before another aspect qualifies that aspect ("a friendly atmosphere"), except in
/// Turkish, where the word before a final verb is an adverb of it.</summary>
public class AttributiveCueTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en", "A friendly atmosphere and great pasta.")]
    [InlineData("ru", "Очень понравилась ненавязчивая музыка.")]
    public void A_cue_before_another_aspect_is_no_mention(string language, string text)
    {
        var analysis = _analyzer.Analyze(language, text);

        Assert.Equal(Polarity.Positive, analysis.Polarity);
        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("ru", "Официант был ненавязчивый, а музыка громкая.", "Официант")]
    [InlineData("tr", "Özenle sunuyorlar.", "Özenle")]
    public void A_cue_that_does_not_qualify_the_aspect_stays_service(string language, string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze(language, text), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }
}
