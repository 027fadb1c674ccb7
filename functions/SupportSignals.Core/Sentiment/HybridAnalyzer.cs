namespace SupportSignals.Sentiment;

/// <summary>
/// Screens every text with a cheap local analyzer and sends to the precise (paid) one only the texts where the
/// screen sees a likely service mention; the rest keep the screen's answer. The counters report the saving.
/// </summary>
public sealed class HybridAnalyzer(ISentimentAnalyzer screen, ISentimentAnalyzer precise) : ISentimentAnalyzer
{
    private long _screened;
    private long _sent;

    public string Version => $"hybrid/{screen.Version}+{precise.Version}";

    public long Screened => Interlocked.Read(ref _screened);

    /// <summary>Texts that went to the precise analyzer.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default)
    {
        var screened = await screen.AnalyzeAsync(texts, cancellationToken);
        var likely = Enumerable.Range(0, texts.Count).Where(i => screened[i].MentionsService).ToList();
        Interlocked.Add(ref _screened, texts.Count);
        if (likely.Count == 0) return screened;

        Interlocked.Add(ref _sent, likely.Count);
        // The screen's language detection spares the precise analyzer from guessing.
        var precisely = await precise.AnalyzeAsync([.. likely.Select(i => texts[i] with { Language = texts[i].Language ?? screened[i].Language })], cancellationToken);
        var results = screened.ToArray();
        for (var n = 0; n < likely.Count; n++)
            results[likely[n]] = precisely[n].Error is null ? precisely[n] : screened[likely[n]];
        return results;
    }
}
