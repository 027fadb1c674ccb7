using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Retention;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// <c>GET /api/summaries/{date}</c> ("latest", "YYYY-MM-DD", either with ".html" for the page),
/// <c>POST /api/summaries/run?date=</c> and <c>POST /api/summaries/backfill?from=&amp;to=</c>; all key required.
/// </summary>
public static class SummaryEndpoints
{
    private const string Latest = "latest";
    private const string HtmlSuffix = ".html";
    private const int TrendDays = 60;

    public static async Task<IResult> GetAsync(string date, HttpRequest request, SummaryArchive archive, SummaryOptions options, CancellationToken cancellationToken)
    {
        var html = date.EndsWith(HtmlSuffix, StringComparison.OrdinalIgnoreCase);
        var name = html ? date[..^HtmlSuffix.Length] : date;
        DateOnly? day = name == Latest ? await archive.LatestDateAsync(cancellationToken) : DayKeys.TryParseIso(name, out var parsed) ? parsed : null;
        if (day is null && name != Latest) return new ProblemResult(Problem.BadRequest("The date must be YYYY-MM-DD or 'latest', optionally followed by .html."));
        if (day is not { } found || await archive.FindAsync(found, cancellationToken) is not { } summary)
            return new ProblemResult(Problem.NotFound($"The summary for {name}"));
        if (!html) return Results.Json(summary, SummaryJson.Options);
        var trend = await archive.RangeAsync(found.AddDays(-TrendDays + 1), found, cancellationToken);
        return new HtmlPageResult(SummaryPage.Render(summary, trend, LinksFor(request, options)));
    }

    public static async Task<IResult> RunAsync(HttpRequest request, SummaryJob job, CancellationToken cancellationToken)
    {
        var date = job.Yesterday;
        if (request.Query["date"].FirstOrDefault() is { } text && !DayKeys.TryParseIso(text, out date))
            return new ProblemResult(Problem.BadRequest("date must be YYYY-MM-DD."));
        if (date > job.Yesterday) return new ProblemResult(Problem.BadRequest($"Only ended days can be summarised; the latest is {DayKeys.Iso(job.Yesterday)} (UTC)."));
        return await GuardAsync(async () =>
        {
            var run = await job.RunAsync(date, cancellationToken);
            return Results.Json(new { date = DayKeys.Iso(date), written = run.Written, summary = run.Summary }, SummaryJson.Options);
        });
    }

    public static async Task<IResult> BackfillAsync(HttpRequest request, SummaryJob job, SummaryOptions options, CancellationToken cancellationToken)
    {
        var (range, problem) = DateRange.From(request, options.MaxBackfillDays);
        if (problem is not null) return new ProblemResult(problem);
        if (range!.To > job.Yesterday) return new ProblemResult(Problem.BadRequest($"to must be an ended day, {DayKeys.Iso(job.Yesterday)} (UTC) or earlier."));
        return await GuardAsync(async () =>
        {
            var runs = await job.BackfillAsync(range.From, range.To, cancellationToken);
            return Results.Json(new
            {
                from = DayKeys.Iso(range.From),
                to = DayKeys.Iso(range.To),
                days = runs.Select(r => new { date = DayKeys.Iso(r.Summary.Date), written = r.Written }),
            }, SummaryJson.Options);
        });
    }

    /// <summary>The base of drill-down links: the public URL when configured, else the URL this request came to.</summary>
    public static DrillLinks LinksFor(HttpRequest request, SummaryOptions options) =>
        new(options.PublicUrl is { Length: > 0 } url ? url : $"{request.Scheme}://{request.Host}{request.PathBase}", request.Query["code"].FirstOrDefault());

    private static async Task<IResult> GuardAsync(Func<Task<IResult>> run)
    {
        try
        {
            return await run();
        }
        catch (SummaryBusyException ex)
        {
            return new ProblemResult(Problem.Conflict(ex.Message));
        }
    }
}
