using Moq;
using SupportSignals.Sentiment;

namespace SupportSignals.Tests.Sentiment;

public sealed class HybridAnalyzerTests
{
    private static TextAnalysis Analysis(string id, bool mentions, string? error = null, Polarity polarity = Polarity.Neutral) => new()
    {
        Id = id,
        Language = "ru",
        Polarity = polarity,
        Scores = new(0, 1, 0),
        Error = error,
        Mentions = mentions ? [new ServiceMention("support", 0, 7, Polarity.Negative, 0.6, ServiceCategory.Speed, "support")] : [],
    };

    [Fact]
    public async Task Only_texts_with_a_likely_service_mention_go_to_the_precise_analyzer_with_the_detected_language()
    {
        var screen = new Mock<ISentimentAnalyzer>();
        screen.Setup(s => s.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Analysis("a", mentions: false), Analysis("b", mentions: true), Analysis("c", mentions: true)]);
        var precise = new Mock<ISentimentAnalyzer>();
        IReadOnlyList<AnalysisRequest>? sent = null;
        precise.Setup(p => p.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<AnalysisRequest>, CancellationToken>((texts, _) => sent = texts)
            .ReturnsAsync([Analysis("b", mentions: true, polarity: Polarity.Negative), Analysis("c", mentions: true, error: "quota")]);
        var hybrid = new HybridAnalyzer(screen.Object, precise.Object);

        var results = await hybrid.AnalyzeAsync([new("a", "x"), new("b", "y"), new("c", "z")]);

        Assert.Equal(["b", "c"], sent!.Select(t => t.Id));
        Assert.All(sent!, t => Assert.Equal("ru", t.Language));
        Assert.Equal(Polarity.Negative, results[1].Polarity);
        Assert.Null(results[2].Error);
        Assert.Equal((3L, 2L), (hybrid.Screened, hybrid.Sent));
    }
}
