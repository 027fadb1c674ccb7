using System.Text.RegularExpressions;
using SupportSignals.Sentiment;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// A stand-in analyzer whose service mentions are written into the text as markers, e.g. "[speed+]" or
/// "[knowledge-]", so a data set states its own expected mentions.
/// </summary>
public sealed partial class MarkerAnalyzer(string version = "markers/1") : ISentimentAnalyzer
{
    private static readonly Dictionary<string, ServiceCategory> Categories = new()
    {
        ["speed"] = ServiceCategory.Speed,
        ["knowledge"] = ServiceCategory.Knowledge,
        ["friendly"] = ServiceCategory.Friendliness,
        ["resolution"] = ServiceCategory.Resolution,
        ["availability"] = ServiceCategory.Availability,
        ["onboarding"] = ServiceCategory.Onboarding,
    };

    public string Version => version;

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TextAnalysis>>([.. texts.Select(Analyze)]);

    private static TextAnalysis Analyze(AnalysisRequest request)
    {
        var mentions = Marker().Matches(request.Text).Select(m => new ServiceMention(
            m.Value, m.Index, m.Length,
            m.Groups[2].Value switch { "+" => Polarity.Positive, "-" => Polarity.Negative, "~" => Polarity.Mixed, _ => Polarity.Neutral },
            0.9, Categories[m.Groups[1].Value], "support")).ToList();
        return new TextAnalysis
        {
            Id = request.Id,
            Language = "en",
            Polarity = Polarity.Neutral,
            Scores = new SentimentScores(0.3, 0.4, 0.3),
            Mentions = mentions,
        };
    }

    [GeneratedRegex(@"\[(\w+)([+\-~0])\]")]
    private static partial Regex Marker();
}
