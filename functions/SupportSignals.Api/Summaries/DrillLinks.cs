using SupportSignals.Retention;
using SupportSignals.Sentiment;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// Absolute links from a summary to the records behind each figure, carrying the caller's <c>code</c> key when the
/// page was opened with one, so a forwarded page still leads back to the data for whoever holds a key. Dates are
/// UTC days, <c>from</c> and <c>to</c> both inclusive. <c>/api/sqls</c> and <c>/api/attribution</c> belong to the leads
/// area; their parameters are the contract in docs/summary.md.
/// </summary>
public sealed class DrillLinks(string baseUrl, string? code)
{
    public string Summary(DateOnly date, bool html) => Link($"/api/summaries/{DayKeys.Iso(date)}{(html ? ".html" : "")}");

    public string Accounts(DateOnly date, string period, Movement? movement = null) =>
        Link($"/api/summaries/{DayKeys.Iso(date)}/accounts", ("period", period), ("movement", movement is { } m ? EnumCodes.Code(m) : null));

    public string Facts(string kind, SummaryPeriod period, string? feedbackKind = null) =>
        Link("/api/facts", ("kind", kind), ("from", DayKeys.Iso(period.From)), ("to", DayKeys.Iso(period.To)), ("feedbackKind", feedbackKind));

    public string Mentions(SummaryPeriod period, string? kind = null, ServiceCategory? category = null, string? polarity = null, int? minScore = null, int? maxScore = null) =>
        Link("/api/facts/mentions", ("from", DayKeys.Iso(period.From)), ("to", DayKeys.Iso(period.To)), ("kind", kind),
            ("category", category is { } c ? EnumCodes.Code(c) : null), ("polarity", polarity),
            ("minScore", minScore?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("maxScore", maxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string Sqls(SummaryPeriod period, string? status = null) =>
        Link("/api/sqls", ("from", DayKeys.Iso(period.From)), ("to", DayKeys.Iso(period.To)), ("status", status));

    public string Attribution(SummaryPeriod period, string rule) =>
        Link("/api/attribution", ("rule", rule), ("from", DayKeys.Iso(period.From)), ("to", DayKeys.Iso(period.To)));

    private string Link(string path, params (string Name, string? Value)[] query)
    {
        var parameters = query.Where(q => q.Value is not null).Append(("code", code)).Where(q => q.Item2 is { Length: > 0 })
            .Select(q => $"{q.Item1}={Uri.EscapeDataString(q.Item2!)}");
        var text = string.Join('&', parameters);
        return baseUrl.TrimEnd('/') + path + (text.Length > 0 ? "?" + text : "");
    }
}
