using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Api.Sentiment;

/// <summary>
/// <c>GET /api/mentions</c> (key required): analysed feedback with its service mentions; filters <c>kind</c>
/// (nps, review, csat), <c>from</c>/<c>to</c> (when given), <c>serviceOnly</c>; paging; JSON or CSV (one row per mention).
/// <c>POST /api/mentions/reanalyse</c> (key required): one page of the same selection brought up to the current
/// analyzer (<see cref="FeedbackReanalysis"/>).
/// </summary>
public static class MentionEndpoints
{
    public static async Task<IResult> ListAsync(HttpRequest request, IRecordStore<FeedbackAnalysis> analyses, CancellationToken cancellationToken)
    {
        var (paging, selection, problem) = Read(request);
        if (problem is not null) return new ProblemResult(problem);
        var page = await analyses.QueryPageAsync(selection!.ToQuery(), paging!.Limit, paging.Continuation, cancellationToken);
        return Negotiation.WantsCsv(request)
            ? new CsvResult(["kind", "source", "feedback", "account", "given_at", "language", "score", "polarity", "category", "mention_polarity", "confidence", "span", "analyzer"],
                page.Items.SelectMany(a => a.Mentions.Select(m => (IReadOnlyList<object?>)[a.Kind, a.Source, a.FeedbackId, a.AccountId, a.GivenAt, a.Language, a.Score, a.Polarity, m.Category, m.Polarity, m.Confidence, m.Text, a.AnalyzerVersion])),
                paging.Next(page.Continuation))
            : Results.Json(new { items = page.Items, continuation = paging.Next(page.Continuation) }, Events.EventJson.Options);
    }

    /// <summary>
    /// Answers what the page did and, when figures changed, the backfill that recomputes the summaries of the days they
    /// count in; the caller repeats with <c>continuation</c> until it is null.
    /// </summary>
    public static async Task<IResult> ReanalyseAsync(HttpRequest request, FeedbackReanalysis reanalysis, CancellationToken cancellationToken)
    {
        var (paging, selection, problem) = Read(request);
        if (problem is not null) return new ProblemResult(problem);
        var page = await reanalysis.RunAsync(selection!, paging!.Limit, paging.Continuation, cancellationToken);
        var backfill = page.ChangedFrom is { } from && page.ChangedTo is { } to
            ? $"{request.PathBase}/api/summaries/backfill?from={DayKeys.Iso(from)}&to={DayKeys.Iso(to)}"
            : null;
        return Results.Json(new
        {
            analyzerVersion = page.AnalyzerVersion,
            examined = page.Examined,
            reanalysed = page.Reanalysed,
            changed = page.Changed,
            failed = page.Failed,
            changedFrom = page.ChangedFrom is { } first ? DayKeys.Iso(first) : null,
            changedTo = page.ChangedTo is { } last ? DayKeys.Iso(last) : null,
            backfill,
            continuation = paging.Next(page.Continuation),
        }, Events.EventJson.Options);
    }

    private static (Paging? Paging, FeedbackSelection? Selection, Problem? Problem) Read(HttpRequest request)
    {
        var (paging, problem) = Paging.From(request);
        if (problem is not null) return (null, null, problem);
        var kind = request.Query["kind"].FirstOrDefault();
        if (kind is not (null or FeedbackKind.Nps or FeedbackKind.Review or FeedbackKind.Csat))
            return (null, null, Problem.BadRequest("kind must be nps, review or csat."));
        static Problem NoInstant(string name) => Problem.BadRequest($"{name} must be a date or an ISO 8601 instant, e.g. 2026-11-01 or 2026-11-01T00:00:00Z.");
        if (!QueryInstant.TryRead(request, "from", out var from)) return (null, null, NoInstant("from"));
        if (!QueryInstant.TryRead(request, "to", out var to)) return (null, null, NoInstant("to"));
        var serviceOnly = string.Equals(request.Query["serviceOnly"], "true", StringComparison.OrdinalIgnoreCase);
        return (paging, new FeedbackSelection(kind, from, to, serviceOnly), null);
    }
}
