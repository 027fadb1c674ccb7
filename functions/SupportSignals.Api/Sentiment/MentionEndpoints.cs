using System.Globalization;
using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Api.Sentiment;

/// <summary>
/// <c>GET /api/mentions</c> (key required): analysed feedback with its service mentions; filters <c>kind</c>
/// (nps, review, csat), <c>from</c>/<c>to</c> (when given), <c>serviceOnly</c>; paging; JSON or CSV (one row per mention).
/// </summary>
public static class MentionEndpoints
{
    public static async Task<IResult> ListAsync(HttpRequest request, IRecordStore<FeedbackAnalysis> analyses, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.From(request);
        if (problem is not null) return new ProblemResult(problem);
        var kind = request.Query["kind"].FirstOrDefault();
        if (kind is not (null or FeedbackKind.Nps or FeedbackKind.Review or FeedbackKind.Csat))
            return new ProblemResult(Problem.BadRequest("kind must be nps, review or csat."));
        string? Instant(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : null;
        var where = new Dictionary<string, object>();
        if (kind is not null) where["kind"] = kind;
        if (string.Equals(request.Query["serviceOnly"], "true", StringComparison.OrdinalIgnoreCase)) where["mentionsService"] = true;
        var page = await analyses.QueryPageAsync(new RecordQuery { Where = where, RangeProperty = "givenAt", RangeFrom = Instant("from"), RangeTo = Instant("to") },
            paging!.Limit, paging.Continuation, cancellationToken);
        return Negotiation.WantsCsv(request)
            ? new CsvResult(["kind", "source", "feedback", "account", "given_at", "language", "score", "polarity", "category", "mention_polarity", "confidence", "span"],
                page.Items.SelectMany(a => a.Mentions.Select(m => (IReadOnlyList<object?>)[a.Kind, a.Source, a.FeedbackId, a.AccountId, a.GivenAt, a.Language, a.Score, a.Polarity, m.Category, m.Polarity, m.Confidence, m.Text])),
                paging.Next(page.Continuation))
            : Results.Json(new { items = page.Items, continuation = paging.Next(page.Continuation) }, Events.EventJson.Options);
    }
}
