using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;
using SupportSignals.Retention;
using SupportSignals.Storage;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// The records behind a summary's figures, key required: <c>GET /api/facts/mentions</c> (analysed comments with a service
/// mention), <c>GET /api/facts</c> (the per-day facts: NPS responses, CSAT ratings, ticket times, comments) and
/// <c>GET /api/summaries/{date}/accounts</c> (a period's starting cohort and what became of each account).
/// </summary>
public static class DrillDownEndpoints
{
    private const int MaxDays = 366;

    public static async Task<IResult> MentionsAsync(HttpRequest request, IRecordStore<DailyFact> facts, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var category = default(SupportSignals.Sentiment.ServiceCategory);
        if (query["category"].FirstOrDefault() is { } categoryCode && !EnumCodes.TryParse(categoryCode, out category))
            return new ProblemResult(Problem.BadRequest("category must be one of " + string.Join(", ", Enum.GetValues<SupportSignals.Sentiment.ServiceCategory>().Select(EnumCodes.Code)) + "."));
        if (query["polarity"].FirstOrDefault() is { } polarity && !MentionFilter.IsPolarity(polarity))
            return new ProblemResult(Problem.BadRequest("polarity must be positive, negative, mixed, neutral, praise or blame."));
        if (!TryScore(query["minScore"], out var minScore) || !TryScore(query["maxScore"], out var maxScore))
            return new ProblemResult(Problem.BadRequest("minScore and maxScore must be whole numbers."));
        var filter = new MentionFilter
        {
            FeedbackKind = query["kind"].FirstOrDefault(),
            Category = query["category"].Count > 0 ? category : null,
            Polarity = query["polarity"].FirstOrDefault(),
            MinScore = minScore,
            MaxScore = maxScore,
        };
        return await ListAsync(request, facts, FactKind.Feedback, filter.Matches, cancellationToken);
    }

    public static async Task<IResult> FactsAsync(HttpRequest request, IRecordStore<DailyFact> facts, CancellationToken cancellationToken)
    {
        var kind = request.Query["kind"].FirstOrDefault();
        if (kind is null || !FactKind.All.Contains(kind))
            return new ProblemResult(Problem.BadRequest("kind must be one of " + string.Join(", ", FactKind.All) + "."));
        var feedbackKind = request.Query["feedbackKind"].FirstOrDefault();
        return await ListAsync(request, facts, kind, f => feedbackKind is null || f.FeedbackKind == feedbackKind, cancellationToken);
    }

    public static async Task<IResult> AccountsAsync(string date, HttpRequest request, CohortSnapshots snapshots, SummaryArchive archive, CancellationToken cancellationToken)
    {
        if (!DayKeys.TryParseIso(date, out var day)) return new ProblemResult(Problem.BadRequest("The date must be YYYY-MM-DD."));
        var periodName = request.Query["period"].FirstOrDefault() ?? SummaryPeriod.Trailing30;
        if (SummaryPeriod.Of(periodName, day) is not { } period)
            return new ProblemResult(Problem.BadRequest("period must be one of " + string.Join(", ", SummaryPeriod.Names) + "."));
        var movement = default(Movement);
        if (request.Query["movement"].FirstOrDefault() is { } code && !EnumCodes.TryParse(code, out movement))
            return new ProblemResult(Problem.BadRequest("movement must be one of " + string.Join(", ", Enum.GetValues<Movement>().Select(EnumCodes.Code)) + "."));
        if (await archive.FindAsync(day, cancellationToken) is null) return new ProblemResult(Problem.NotFound($"The summary for {date}"));

        var start = await snapshots.StateAtAsync(period.From, cancellationToken);
        var end = await snapshots.StateAtAsync(period.To.AddDays(1), cancellationToken);
        var accounts = AccountMovement.Between(start, end).Where(m => request.Query["movement"].Count == 0 || m.Movement == movement).ToList();
        if (Negotiation.WantsCsv(request))
        {
            return new CsvResult(["accountId", "plan", "region", "movement", "currency", "startMrrMinor", "endMrrMinor", "endStatus"],
                accounts.Select(a => (IReadOnlyList<object?>)[a.AccountId, a.Plan, a.Region, EnumCodes.Code(a.Movement), a.StartMrr.Currency, a.StartMrr.Minor, a.EndMrr?.Minor, a.EndStatus]));
        }
        return Results.Json(new { date, period = period.Name, from = DayKeys.Iso(period.From), to = DayKeys.Iso(period.To), items = accounts }, SummaryJson.Options);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IRecordStore<DailyFact> facts, string kind, Func<DailyFact, bool> keep, CancellationToken cancellationToken)
    {
        var (range, problem) = DateRange.From(request, MaxDays);
        if (problem is not null) return new ProblemResult(problem);
        var (paging, pagingProblem) = Paging.From(request);
        if (pagingProblem is not null) return new ProblemResult(pagingProblem);

        var (rowFrom, rowTo) = DailyFact.RowsOf(kind);
        var query = new RecordQuery
        {
            PartitionFrom = DayKeys.Of(range!.From),
            PartitionTo = DayKeys.Of(range.To.AddDays(1)),
            RowFrom = rowFrom,
            RowTo = rowTo,
            Where = new Dictionary<string, object> { ["removed"] = false },
        };
        var page = await facts.QueryPageAsync(query, paging!.Limit, paging.Continuation, cancellationToken);
        var items = page.Items.Where(keep).ToList();
        if (Negotiation.WantsCsv(request))
        {
            return new CsvResult(["day", "kind", "source", "id", "accountId", "at", "score", "satisfied", "seconds", "feedbackKind", "servicePolarity", "mentions"],
                items.Select(f => (IReadOnlyList<object?>)[DayKeys.Iso(DayKeys.DayOf(f.At)), f.Kind, f.Source, f.EntityId, f.AccountId, f.At, f.Score, f.Satisfied, f.Seconds,
                    f.FeedbackKind, f.ServicePolarity is { } p ? EnumCodes.Code(p) : null,
                    string.Join(" | ", f.Mentions.Select(m => $"{EnumCodes.Code(m.Category)} {EnumCodes.Code(m.Polarity)}: {m.Text}"))]),
                paging.Next(page.Continuation));
        }
        return Results.Json(new
        {
            from = DayKeys.Iso(range.From),
            to = DayKeys.Iso(range.To),
            kind,
            items = items.Select(f => new
            {
                day = DayKeys.Iso(DayKeys.DayOf(f.At)),
                f.Kind,
                f.Source,
                id = f.EntityId,
                f.AccountId,
                f.At,
                f.Score,
                f.Satisfied,
                f.Seconds,
                f.FeedbackKind,
                f.ServicePolarity,
                mentions = f.Mentions.Select(m => new { m.Category, m.Polarity, m.Text }),
            }),
            continuation = paging.Next(page.Continuation),
        }, SummaryJson.Options);
    }

    private static bool TryScore(Microsoft.Extensions.Primitives.StringValues text, out int? score)
    {
        score = null;
        if (text.Count == 0) return true;
        if (!int.TryParse(text[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)) return false;
        score = value;
        return true;
    }
}
