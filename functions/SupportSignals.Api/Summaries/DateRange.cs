using Microsoft.AspNetCore.Http;
using SupportSignals.Retention;

namespace SupportSignals.Api.Summaries;

/// <summary>The <c>from</c> and <c>to</c> query parameters: UTC days (YYYY-MM-DD), both inclusive.</summary>
public static class DateRange
{
    /// <returns>The range, or a problem naming the parameter at fault.</returns>
    public static (SummaryPeriod? Range, Problem? Problem) From(HttpRequest request, int maxDays)
    {
        if (!DayKeys.TryParseIso(request.Query["from"], out var from))
            return (null, Problem.BadRequest("from must be a date, YYYY-MM-DD."));
        if (!DayKeys.TryParseIso(request.Query["to"], out var to))
            return (null, Problem.BadRequest("to must be a date, YYYY-MM-DD."));
        if (to < from) return (null, Problem.BadRequest("to must not be before from."));
        if (to.DayNumber - from.DayNumber + 1 > maxDays) return (null, Problem.BadRequest($"The range may span at most {maxDays} days."));
        return (new SummaryPeriod("range", from, to), null);
    }
}
