using SupportSignals.Retention;
using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

/// <summary>
/// Brings stored analyses up to the current analyzer, one page of <see cref="FeedbackAnalyses"/> per call: a row made
/// by another <see cref="ISentimentAnalyzer.Version"/>, or whose analysis failed, is analysed again, and when the
/// answer differs the row and its daily fact are rewritten, so rollups rebuild the days it counts in. A row changed
/// meanwhile by processing is left to it; an erased text (no text left) keeps the figures it had; a failed
/// re-analysis keeps the analysis there was.
/// </summary>
public sealed class FeedbackReanalysis(
    ISentimentAnalyzer analyzer,
    IRecordStore<FeedbackAnalysis> analyses,
    FactFiling<FeedbackInputs> feedbackFacts,
    TimeProvider clock)
{
    public async Task<ReanalysisPage> RunAsync(FeedbackSelection selection, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        var page = await analyses.QueryPageAsync(selection.ToQuery(), pageSize, continuation, cancellationToken);
        var stale = page.Items.Where(a => a.Text.Length > 0 && (a.AnalyzerVersion != analyzer.Version || a.Error is not null)).ToList();
        var outcome = new ReanalysisPage { AnalyzerVersion = analyzer.Version, Examined = page.Items.Count, Continuation = page.Continuation };
        if (stale.Count == 0) return outcome;

        var results = await analyzer.AnalyzeAsync([.. stale.Select(a => new AnalysisRequest(a.FeedbackId, a.Text, Hint(a)))], cancellationToken);
        var changedDays = new List<DateOnly>();
        int reanalysed = 0, failed = 0;
        for (var i = 0; i < stale.Count; i++)
        {
            var (before, result) = (stale[i], results[i]);
            if (result.Error is not null)
            {
                failed++;
                continue;
            }
            var after = before.AnalysedAs(result, analyzer.Version, clock.GetUtcNow());
            var written = false;
            await analyses.UpdateAsync(FeedbackAnalysis.PartitionOf(before.Kind, before.Source), FeedbackAnalysis.RowOf(before.FeedbackId), current =>
            {
                written = current is not null && current.Text == before.Text && current.AnalyzerVersion == before.AnalyzerVersion && current.AnalysedAt == before.AnalysedAt;
                return written ? after : null;
            }, cancellationToken);
            if (!written) continue;
            reanalysed++;
            if (after.SameFiguresAs(before)) continue;
            await feedbackFacts.FileAsync(FeedbackInputs.From(after, after.GivenAt, deleted: false), likelyFirst: false, cancellationToken);
            changedDays.Add(DayKeys.DayOf(after.GivenAt));
        }
        return outcome with
        {
            Reanalysed = reanalysed,
            Changed = changedDays.Count,
            Failed = failed,
            ChangedFrom = changedDays.Count == 0 ? null : changedDays.Min(),
            ChangedTo = changedDays.Count == 0 ? null : changedDays.Max(),
        };
    }

    // A review's language comes from the site when it gives one, and the row keeps it; comments were detected.
    private static string? Hint(FeedbackAnalysis analysis) => analysis.Kind == FeedbackKind.Review ? analysis.Language : null;
}
