namespace SupportSignals.Sentiment;

/// <summary>
/// Sentiment and service mentions for NPS comments, reviews and CSAT remarks. Implementations: the embedded
/// analyzer (no network), Azure AI Language, and a hybrid that screens with the first before calling the second.
/// </summary>
public interface ISentimentAnalyzer
{
    /// <summary>
    /// Names the rules that produce this analyzer's answers; it changes when they do. A stored analysis of another
    /// version is stale and <see cref="FeedbackReanalysis"/> brings it up to date.
    /// </summary>
    string Version { get; }

    /// <returns>One analysis per request, in the same order.</returns>
    Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default);
}
