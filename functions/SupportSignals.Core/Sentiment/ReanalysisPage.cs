namespace SupportSignals.Sentiment;

/// <summary>What one page of <see cref="FeedbackReanalysis"/> did.</summary>
public sealed record ReanalysisPage
{
    public required string AnalyzerVersion { get; init; }
    /// <summary>Analyses read on this page.</summary>
    public int Examined { get; init; }
    /// <summary>Analyses rewritten by the current analyzer.</summary>
    public int Reanalysed { get; init; }
    /// <summary>Of those, the ones whose language, polarity, mentions or error changed: their facts were refiled.</summary>
    public int Changed { get; init; }
    /// <summary>Re-analyses that failed; the analysis there was is kept.</summary>
    public int Failed { get; init; }
    /// <summary>The first and last day a changed analysis counts in: the summaries to recompute.</summary>
    public DateOnly? ChangedFrom { get; init; }
    public DateOnly? ChangedTo { get; init; }
    /// <summary>Where the next call resumes: the next page, or the rest of this one when the time budget ran out; null after the last.</summary>
    public string? Continuation { get; init; }
}
