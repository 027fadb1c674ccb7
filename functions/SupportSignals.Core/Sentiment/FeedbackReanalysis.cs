using SupportSignals.Retention;
using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

/// <summary>
/// Brings stored analyses up to the current analyzer, one page of <see cref="FeedbackAnalyses"/> per call: a row made
/// by another <see cref="ISentimentAnalyzer.Version"/>, or whose analysis failed, is analysed again, and when the
/// answer differs the row and its daily fact are rewritten, so rollups rebuild the days it counts in. A row changed
/// meanwhile by processing is left to it; an erased text (no text left) keeps the figures it had; a failed
/// re-analysis keeps the analysis there was. A call analyses for at most <see cref="TimeBudget"/> (Azure AI Language
/// takes one request per ten texts, and an HTTP-triggered function has 230 s): then its continuation resumes the
/// rest of the same page.
/// </summary>
public sealed class FeedbackReanalysis(
    ISentimentAnalyzer analyzer,
    IRecordStore<FeedbackAnalysis> analyses,
    FactFiling<FeedbackInputs> feedbackFacts,
    TimeProvider clock,
    int textsPerCall = FeedbackReanalysis.DefaultTextsPerCall)
{
    public const int DefaultTextsPerCall = 50;
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);
    private const string MidPage = "at:";
    private const char Separator = '\n';

    public async Task<ReanalysisPage> RunAsync(FeedbackSelection selection, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var (storeToken, after) = ResumePoint(continuation);
        var page = await analyses.QueryPageAsync(selection.ToQuery(), pageSize, storeToken, cancellationToken);
        var rows = page.Items;
        var first = after is null ? 0 : CountThrough(rows, after.Value);
        var position = first;
        var changedDays = new List<DateOnly>();
        int reanalysed = 0, failed = 0;
        while (position < rows.Count)
        {
            var stale = new List<FeedbackAnalysis>();
            for (; position < rows.Count && stale.Count < textsPerCall; position++)
                if (rows[position].Text.Length > 0 && (rows[position].AnalyzerVersion != analyzer.Version || rows[position].Error is not null))
                    stale.Add(rows[position]);
            if (stale.Count > 0)
            {
                var (written, failures) = await ReanalyseAsync(stale, changedDays, cancellationToken);
                (reanalysed, failed) = (reanalysed + written, failed + failures);
            }
            if (clock.GetElapsedTime(started) >= TimeBudget) break;
        }
        return new ReanalysisPage
        {
            AnalyzerVersion = analyzer.Version,
            Examined = position - first,
            Reanalysed = reanalysed,
            Changed = changedDays.Count,
            Failed = failed,
            ChangedFrom = changedDays.Count == 0 ? null : changedDays.Min(),
            ChangedTo = changedDays.Count == 0 ? null : changedDays.Max(),
            Continuation = position < rows.Count ? MidPageToken(rows[position - 1], storeToken) : page.Continuation,
        };
    }

    /// <returns>How many rows were rewritten and how many re-analyses failed; the days of changed figures are added.</returns>
    private async Task<(int Written, int Failed)> ReanalyseAsync(List<FeedbackAnalysis> stale, List<DateOnly> changedDays, CancellationToken cancellationToken)
    {
        var results = await analyzer.AnalyzeAsync([.. stale.Select(a => new AnalysisRequest(a.FeedbackId, a.Text, Hint(a)))], cancellationToken);
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
            var (partition, row) = KeysOf(before);
            await analyses.UpdateAsync(partition, row, current =>
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
        return (reanalysed, failed);
    }

    /// <summary>
    /// A continuation is the store's token for a page, or "at:" + the last row done + the page's token, separated by
    /// a line feed (no table key may hold one): keys, not positions, so a row erased or added meanwhile shifts nothing.
    /// </summary>
    private static (string? StoreToken, (string Partition, string Row)? After) ResumePoint(string? continuation)
    {
        if (continuation is null || !continuation.StartsWith(MidPage, StringComparison.Ordinal)) return (continuation, null);
        var parts = continuation[MidPage.Length..].Split(Separator, 3);
        return parts.Length == 3 ? (parts[2] is { Length: > 0 } token ? token : null, (parts[0], parts[1])) : (continuation, null);
    }

    private static string MidPageToken(FeedbackAnalysis last, string? storeToken)
    {
        var (partition, row) = KeysOf(last);
        return $"{MidPage}{partition}{Separator}{row}{Separator}{storeToken}";
    }

    private static (string Partition, string Row) KeysOf(FeedbackAnalysis analysis) =>
        (FeedbackAnalysis.PartitionOf(analysis.Kind, analysis.Source), FeedbackAnalysis.RowOf(analysis.FeedbackId));

    /// <summary>How many of the page's rows (in the table's key order) come at or before the given key.</summary>
    private static int CountThrough(IReadOnlyList<FeedbackAnalysis> rows, (string Partition, string Row) key)
    {
        var count = 0;
        while (count < rows.Count)
        {
            var (partition, row) = KeysOf(rows[count]);
            var order = string.CompareOrdinal(partition, key.Partition);
            if (order > 0 || (order == 0 && string.CompareOrdinal(row, key.Row) > 0)) break;
            count++;
        }
        return count;
    }

    // A review's language comes from the site when it gives one, and the row keeps it; comments were detected.
    private static string? Hint(FeedbackAnalysis analysis) => analysis.Kind == FeedbackKind.Review ? analysis.Language : null;
}
