using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SupportSignals.Advocates;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;

namespace SupportSignals.Api.Advocates;

/// <summary>
/// <c>GET /api/advocates</c> and <c>POST /api/advocates/{contactId}/asked</c> (key required): the only endpoints that
/// return e-mail addresses.
/// </summary>
public static class AdvocateEndpoints
{
    public const int MaxSegmentLength = 100;

    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "rank", "contact_id", "name", "email", "account_id", "account_name", "segment", "plan", "region", "mrr_minor", "mrr_currency",
        "evidence", "source", "evidence_id", "nps", "stars", "given_at", "service_praise", "category", "excerpt",
        "reason", "score", "recency", "strength", "service_praise_points", "account_value",
    ];

    public sealed record AskBody(string? Purpose, string? Note);

    public static async Task<IResult> ListAsync(HttpRequest request, AdvocateFinder finder, AdvocateOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (paging, pagingProblem) = Paging.From(request);
        if (pagingProblem is not null) return new ProblemResult(pagingProblem);
        var (criteria, problem) = CriteriaFrom(request.Query, options, clock.GetUtcNow());
        if (problem is not null) return new ProblemResult(problem);
        if (!TryFlag(request.Query, "explain", out var explain)) return new ProblemResult(Problem.BadRequest("explain must be true or false."));

        var page = await finder.FindAsync(criteria!, paging!.Limit, paging.Continuation, cancellationToken);
        if (page is null) return new ProblemResult(Paging.UnknownContinuation);
        if (Negotiation.WantsCsv(request)) return new CsvResult(CsvHeader, page.Advocates.Select(CsvRow), paging.Next(page.Continuation));
        return Results.Json(new
        {
            asOf = page.AsOf,
            total = page.Total,
            items = page.Advocates,
            continuation = paging.Next(page.Continuation),
            excluded = explain ? page.Excluded : null,
        });
    }

    public static async Task<IResult> RecordAskAsync(string contactId, HttpRequest request, AdvocateAskLog log, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType()) return new ProblemResult(Problem.UnsupportedMediaType(request.ContentType, ["application/json"]));
        AskBody? body;
        try
        {
            body = await request.ReadFromJsonAsync<AskBody>(cancellationToken);
        }
        catch (JsonException)
        {
            return new ProblemResult(Problem.Malformed("The body is not the JSON object {\"purpose\": \"review|reference|case_study\", \"note\": \"...\"}."));
        }
        var (ask, cooldownUntil, problem) = await log.RecordAsync(contactId, body?.Purpose, body?.Note, cancellationToken);
        if (problem is not null) return new ProblemResult(problem);
        return Results.Json(new { contactId = ask!.ContactId, purpose = ask.Purpose, askedAt = ask.AskedAt, cooldownUntil }, statusCode: StatusCodes.Status201Created);
    }

    /// <returns>The criteria, or a problem naming the bad parameter.</returns>
    public static (AdvocateCriteria? Criteria, Problem? Problem) CriteriaFrom(IQueryCollection query, AdvocateOptions options, DateTimeOffset now)
    {
        var criteria = new AdvocateCriteria();
        if (query["since"].FirstOrDefault() is { } sinceText)
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since)
                || since > now || since < now.AddDays(-options.MaxSinceDays))
                return (null, Problem.BadRequest($"since must be an ISO 8601 date or instant within the last {options.MaxSinceDays} days."));
            criteria = criteria with { Since = since };
        }
        if (query["minNps"].FirstOrDefault() is { } minNps)
        {
            if (!int.TryParse(minNps, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 10)
                return (null, Problem.BadRequest("minNps must be a whole number from 0 to 10."));
            criteria = criteria with { MinNps = value };
        }
        if (query["minStars"].FirstOrDefault() is { } minStars)
        {
            if (!int.TryParse(minStars, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 5)
                return (null, Problem.BadRequest("minStars must be a whole number from 1 to 5."));
            criteria = criteria with { MinStars = value };
        }
        if (!TryFlag(query, "servicePraise", out var servicePraise)) return (null, Problem.BadRequest("servicePraise must be true or false."));
        if (query["segment"].FirstOrDefault() is { } segment && (segment.Trim().Length == 0 || segment.Length > MaxSegmentLength))
            return (null, Problem.BadRequest($"segment must be 1 to {MaxSegmentLength} characters."));
        return (criteria with { ServicePraise = servicePraise, Segment = query["segment"].FirstOrDefault()?.Trim() }, null);
    }

    private static bool TryFlag(IQueryCollection query, string name, out bool value)
    {
        value = false;
        return query[name].FirstOrDefault() is not { } text || bool.TryParse(text, out value);
    }

    private static IReadOnlyList<object?> CsvRow(Advocate a) =>
    [
        a.Rank, a.Contact.Id, a.Contact.Name, a.Contact.Email, a.Account?.Id, a.Account?.Name, a.Account?.Segment, a.Account?.Plan, a.Account?.Region,
        a.Account?.Mrr?.Minor, a.Account?.Mrr?.Currency,
        a.Evidence.Kind, a.Evidence.Source, a.Evidence.Id, a.Evidence.NpsScore, a.Evidence.Stars, a.Evidence.GivenAt,
        a.Evidence.PraisesService, a.Evidence.Category is { } category ? JsonSerializer.Serialize(category).Trim('"') : null, a.Evidence.Excerpt?.Marked,
        a.Reason, a.Score.Total, a.Score.Recency, a.Score.Strength, a.Score.ServicePraise, a.Score.AccountValue,
    ];
}
