namespace SupportSignals.Sentiment;

/// <summary>
/// Sentiment and service mentions for NPS comments, reviews and CSAT remarks. Implementations: the embedded
/// analyzer (no network), Azure AI Language, and a hybrid that screens with the first before calling the second.
/// </summary>
public interface ISentimentAnalyzer
{
    /// <returns>One analysis per request, in the same order.</returns>
    Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default);
}
