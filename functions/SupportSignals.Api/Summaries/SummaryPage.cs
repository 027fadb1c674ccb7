using System.Net;
using System.Text;
using SupportSignals.Attribution;
using SupportSignals.Leads;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using static SupportSignals.Retention.FigureFormat;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// The summary as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched, so it reads the same
/// when saved or forwarded. Every figure links to the records behind it. Everything that comes from data (segment
/// names, currencies, account ids, text) is HTML-encoded.
/// </summary>
public static class SummaryPage
{
    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1180px;margin:24px auto;padding:0 16px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .muted{color:#656d76}.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:150px}
        .card b{display:block;font-size:20px}.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
        table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:right;vertical-align:top}
        th:first-child,td:first-child{text-align:left}thead th{background:#f6f8fa}a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
        svg .grid{stroke:#eaeef2}svg text{font:11px system-ui,sans-serif;fill:#656d76}svg .legend{fill:#1f2328}svg .value{fill:#1f2328}
        """;

    /// <param name="trend">Stored summaries up to this one, oldest first, for the charts.</param>
    public static string Render(DailySummary summary, IReadOnlyList<DailySummary> trend, DrillLinks links)
    {
        var date = DayKeys.Iso(summary.Date);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append($"<title>Support summary {H(date)}</title><style>{Style}</style></head><body>")
            .Append($"<header><h1>Support summary for {H(date)} (UTC)</h1><p class=\"muted\">Computed {H(summary.ComputedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))} UTC · ")
            .Append($"<a href=\"{H(links.Summary(summary.Date, html: false))}\">JSON</a> · every figure links to the records behind it</p></header>");
        if (summary.Period(SummaryPeriod.Trailing30) is { } headline) Headline(html, headline, summary.Date, links);
        Charts(html, summary, trend, links);
        PeriodsTable(html, summary, links);
        if (summary.Period(SummaryPeriod.MonthToDate) is { } month) ServiceTables(html, month, links);
        if (summary.Period(SummaryPeriod.Trailing30) is { } d30) SegmentsTable(html, d30, summary.Date, links);
        html.Append("<footer><h2>Definitions</h2><p class=\"muted\">")
            .Append("The cohort of a period is the customers (active, trialing or past due) at its start; new customers do not count; past due is not churn; a customer at the end is retained. ")
            .Append("GRR = (start − churned − contraction) ÷ start; NRR = (start + expansion − contraction − churned) ÷ start, per currency (never summed across currencies). ")
            .Append("NPS = % promoters (9–10) − % detractors (0–6). CSAT = satisfied ÷ all ratings. Times are calendar time: median and 90th percentile. ")
            .Append("SQL conversion is by flag cohort, as of the period end. Service share = comments with a service mention ÷ analysed comments; change is in percentage points against the previous period.")
            .Append("</p></footer></body></html>");
        return html.ToString();
    }

    private static void Headline(StringBuilder html, PeriodSummary p, DateOnly date, DrillLinks links)
    {
        html.Append($"<h2>Last 30 days ({H(DayKeys.Iso(p.From))} to {H(DayKeys.Iso(p.To))})</h2><div class=\"cards\">");
        Card(html, "Logo retention", Percent(p.Retention.LogoRetention), links.Accounts(date, p.Name, Movement.Churned));
        foreach (var revenue in p.Retention.Revenue)
            Card(html, $"NRR / GRR {revenue.Currency}", $"{Percent(revenue.Nrr)} / {Percent(revenue.Grr)}", links.Accounts(date, p.Name));
        Card(html, "NPS", Score(p.Nps.Score), links.Facts(FactKind.Nps, p.Period));
        Card(html, "CSAT", Percent(p.Csat.Percent / 100), links.Facts(FactKind.Csat, p.Period));
        Card(html, "Churn saves", $"{p.Saves.Count}", links.Attribution(p.Period, AttributionRule.ChurnSave));
        Card(html, "SQLs won", $"{p.Sqls.Won} of {p.Sqls.Flagged}", links.Sqls(p.Period, SqlStatus.Won));
        Card(html, "Service in NPS comments", Percent(p.Service.Nps.Share), links.Mentions(p.Period, FeedbackKind.Nps));
        html.Append("</div>");
    }

    private static void Card(StringBuilder html, string label, string value, string href) =>
        html.Append($"<div class=\"card\"><span class=\"muted\">{H(label)}</span><b><a href=\"{H(href)}\">{H(value)}</a></b></div>");

    private static void Charts(StringBuilder html, DailySummary summary, IReadOnlyList<DailySummary> trend, DrillLinks links)
    {
        var days = trend.Where(s => s.Date < summary.Date).Append(summary).ToList();
        ChartPoint Point(DailySummary s, Func<PeriodSummary, double?> value) =>
            new(DayKeys.Iso(s.Date), s.Period(SummaryPeriod.Trailing30) is { } p ? value(p) : null, links.Summary(s.Date, html: true));
        var currencies = days.SelectMany(s => s.Period(SummaryPeriod.Trailing30)?.Retention.Revenue ?? []).Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal);
        double? Revenue(PeriodSummary p, string currency, Func<RevenueRetention, double?> rate) => rate(p.Retention.Revenue.FirstOrDefault(r => r.Currency == currency) ?? new RevenueRetention { Currency = currency }) * 100;

        var d30 = summary.Period(SummaryPeriod.Trailing30);
        html.Append("<h2>Trends (each point: the trailing 30 days ending that day)</h2><div class=\"charts\">")
            .Append("<figure><figcaption>NPS and the service share of comments</figcaption>")
            .Append(SvgChart.Lines("NPS and service share over time", [
                new("NPS", [.. days.Select(s => Point(s, p => p.Nps.Score))]),
                new("Service share, NPS %", [.. days.Select(s => Point(s, p => p.Service.Nps.Share * 100))]),
                new("Service share, reviews %", [.. days.Select(s => Point(s, p => p.Service.Reviews.Share * 100))]),
            ], v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture), floor: -100, ceiling: 100))
            .Append("</figure><figure><figcaption>Net and gross revenue retention</figcaption>")
            .Append(SvgChart.Lines("NRR and GRR over time", [
                .. currencies.SelectMany(c => new ChartSeries[]
                {
                    new($"NRR {c}", [.. days.Select(s => Point(s, p => Revenue(p, c, r => r.Nrr)))]),
                    new($"GRR {c}", [.. days.Select(s => Point(s, p => Revenue(p, c, r => r.Grr)))]),
                }),
            ], v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%", floor: 0, ceiling: 100))
            .Append("</figure>");
        if (d30 is not null)
        {
            html.Append("<figure><figcaption>SQL funnel, last 30 days (by flag cohort)</figcaption>")
                .Append(SvgChart.Bars("SQL funnel", [
                    new("flagged", d30.Sqls.Flagged, $"{d30.Sqls.Flagged}", links.Sqls(d30.Period)),
                    new("accepted", d30.Sqls.Accepted, $"{d30.Sqls.Accepted}", links.Sqls(d30.Period, SqlStatus.Accepted)),
                    new("won", d30.Sqls.Won, $"{d30.Sqls.Won} ({Amounts(d30.Sqls.WonMrr)} MRR)", links.Sqls(d30.Period, SqlStatus.Won)),
                    new("lost", d30.Sqls.Lost, $"{d30.Sqls.Lost}", links.Sqls(d30.Period, SqlStatus.Lost)),
                ]))
                .Append("</figure>");
        }
        html.Append("<figure><figcaption>Churn saves by period</figcaption>")
            .Append(SvgChart.Bars("Churn saves", [
                .. summary.Periods.Select(p => new ChartBar(p.Name, p.Saves.Count, $"{p.Saves.Count} ({Amounts(p.Saves.Mrr)} MRR)", links.Attribution(p.Period, AttributionRule.ChurnSave))),
            ]))
            .Append("</figure></div>");
    }

    private static void PeriodsTable(StringBuilder html, DailySummary summary, DrillLinks links)
    {
        var periods = summary.Periods;
        html.Append("<h2>All figures</h2><table><thead><tr><th>figure</th>");
        foreach (var p in periods) html.Append($"<th>{H(Period(p))}</th>");
        html.Append("</tr></thead><tbody>");
        void Row(string label, Func<PeriodSummary, (string Text, string? Href)> cell)
        {
            html.Append($"<tr><td>{H(label)}</td>");
            foreach (var p in periods)
            {
                var (text, href) = cell(p);
                html.Append(href is null ? $"<td>{H(text)}</td>" : $"<td><a href=\"{H(href)}\">{H(text)}</a></td>");
            }
            html.Append("</tr>");
        }
        var d = summary.Date;
        Row("Starting customers", p => ($"{p.Retention.StartingCustomers}", links.Accounts(d, p.Name)));
        Row("Logo retention", p => ($"{Percent(p.Retention.LogoRetention)} ({p.Retention.ChurnedCustomers} churned)", links.Accounts(d, p.Name, Movement.Churned)));
        Row("Upgrade rate", p => ($"{Percent(p.Retention.UpgradeRate)} ({p.Retention.UpgradedCustomers})", links.Accounts(d, p.Name, Movement.Expanded)));
        Row("Downgrade rate", p => ($"{Percent(p.Retention.DowngradeRate)} ({p.Retention.DowngradedCustomers})", links.Accounts(d, p.Name, Movement.Contracted)));
        foreach (var currency in periods.SelectMany(p => p.Retention.Revenue).Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal))
        {
            RevenueRetention Of(PeriodSummary p) => p.Retention.Revenue.FirstOrDefault(r => r.Currency == currency) ?? new RevenueRetention { Currency = currency };
            Events.Money M(long minor) => new(minor, currency);
            Row($"NRR {currency}", p => (Percent(Of(p).Nrr), links.Accounts(d, p.Name)));
            Row($"GRR {currency}", p => (Percent(Of(p).Grr), links.Accounts(d, p.Name)));
            Row($"Starting MRR {currency}", p => (Amount(M(Of(p).StartingMrr)), links.Accounts(d, p.Name)));
            Row($"Expansion MRR {currency}", p => (Amount(M(Of(p).ExpansionMrr)), links.Accounts(d, p.Name, Movement.Expanded)));
            Row($"Contraction MRR {currency}", p => (Amount(M(Of(p).ContractionMrr)), links.Accounts(d, p.Name, Movement.Contracted)));
            Row($"Churned MRR {currency}", p => (Amount(M(Of(p).ChurnedMrr)), links.Accounts(d, p.Name, Movement.Churned)));
        }
        Row("Churn saves", p => ($"{p.Saves.Count} ({Amounts(p.Saves.Mrr)} MRR)", links.Attribution(p.Period, AttributionRule.ChurnSave)));
        Row("SQLs flagged / accepted", p => ($"{p.Sqls.Flagged} / {p.Sqls.Accepted}", links.Sqls(p.Period)));
        Row("SQLs won / lost", p => ($"{p.Sqls.Won} / {p.Sqls.Lost}", links.Sqls(p.Period, SqlStatus.Won)));
        Row("SQL won ÷ flagged, won ÷ accepted", p => ($"{Percent(p.Sqls.WonPerFlagged)}, {Percent(p.Sqls.WonPerAccepted)}", links.Sqls(p.Period)));
        Row("SQL won MRR", p => (Amounts(p.Sqls.WonMrr), links.Sqls(p.Period, SqlStatus.Won)));
        Row("NPS (promoters / passives / detractors)", p => ($"{Score(p.Nps.Score)} ({p.Nps.Promoters} / {p.Nps.Passives} / {p.Nps.Detractors})", links.Facts(FactKind.Nps, p.Period)));
        Row("CSAT", p => ($"{Percent(p.Csat.Percent / 100)} of {p.Csat.Ratings}", links.Facts(FactKind.Csat, p.Period)));
        foreach (var (kind, label, of) in new (string, string, Func<TicketTimes, Distribution>)[]
        {
            (FactKind.FirstResponse, "First response", t => t.FirstResponse),
            (FactKind.FirstResolution, "First resolution", t => t.FirstResolution),
            (FactKind.FullResolution, "Full resolution", t => t.FullResolution),
        })
            Row($"{label}: median, p90 (tickets)", p => ($"{Duration(of(p.Times).MedianSeconds)}, {Duration(of(p.Times).P90Seconds)} ({of(p.Times).Count})", links.Facts(kind, p.Period)));
        Row("Service in NPS comments", p => ($"{Percent(p.Service.Nps.Share)} of {p.Service.Nps.Comments} ({Points(p.Service.Nps.ChangePoints)})", links.Mentions(p.Period, FeedbackKind.Nps)));
        Row("Service in reviews", p => ($"{Percent(p.Service.Reviews.Share)} of {p.Service.Reviews.Comments} ({Points(p.Service.Reviews.ChangePoints)})", links.Mentions(p.Period, FeedbackKind.Review)));
        Row("Promoters praising service", p => ($"{Percent(p.Service.PromotersPraisingShare)} ({p.Service.PromotersPraising})", links.Mentions(p.Period, FeedbackKind.Nps, polarity: MentionFilter.Praise, minScore: 9)));
        Row("Detractors blaming service", p => ($"{Percent(p.Service.DetractorsBlamingShare)} ({p.Service.DetractorsBlaming})", links.Mentions(p.Period, FeedbackKind.Nps, polarity: MentionFilter.Blame, maxScore: 6)));
        Row("Most praised", p => (Tallies(p.Service.TopPraised), links.Mentions(p.Period, polarity: MentionFilter.Praise)));
        Row("Most blamed", p => (Tallies(p.Service.TopBlamed), links.Mentions(p.Period, polarity: MentionFilter.Blame)));
        html.Append("</tbody></table>");
    }

    private static void ServiceTables(StringBuilder html, PeriodSummary p, DrillLinks links)
    {
        var previous = p.Period.Previous();
        html.Append($"<h2>What customers say about service: month to date against {H(DayKeys.Iso(previous.From))} to {H(DayKeys.Iso(previous.To))}</h2>");
        foreach (var (share, title) in new[] { (p.Service.Nps, "NPS comments"), (p.Service.Reviews, "Reviews") })
        {
            html.Append($"<h3>{H(title)}: <a href=\"{H(links.Mentions(p.Period, share.Kind))}\">{share.WithService} of {share.Comments}</a> mention service ")
                .Append($"({H(Percent(share.Share))}; previously {H(Percent(share.PreviousShare))}, {H(Points(share.ChangePoints))})</h3>")
                .Append("<table><thead><tr><th>category</th><th>share</th><th>previous</th><th>change</th>");
            foreach (var polarity in Enum.GetValues<Polarity>()) html.Append($"<th>{H(EnumCodes.Code(polarity))}</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var category in share.Categories)
            {
                html.Append($"<tr><td><a href=\"{H(links.Mentions(p.Period, share.Kind, category.Category))}\">{H(CategoryNames.Of(category.Category))}</a></td>")
                    .Append($"<td>{H(Percent(category.Share))}</td><td>{H(Percent(category.PreviousShare))}</td><td>{H(Points(category.ChangePoints))}</td>");
                foreach (var polarity in Enum.GetValues<Polarity>())
                    html.Append($"<td><a href=\"{H(links.Mentions(p.Period, share.Kind, category.Category, EnumCodes.Code(polarity)))}\">{category.Polarity.Count(polarity)}</a></td>");
                html.Append("</tr>");
            }
            html.Append("</tbody></table>");
        }
    }

    private static void SegmentsTable(StringBuilder html, PeriodSummary p, DateOnly date, DrillLinks links)
    {
        html.Append("<h2>By segment, last 30 days</h2><table><thead><tr><th>segment</th><th>starting customers</th><th>logo retention</th><th>NRR</th><th>GRR</th><th>NPS</th><th>CSAT</th><th>first response median</th></tr></thead><tbody>");
        foreach (var s in p.Segments)
        {
            string Rates(Func<RevenueRetention, double?> rate) => string.Join(", ", s.Retention.Revenue.Select(r => $"{r.Currency} {Percent(rate(r))}"));
            html.Append($"<tr><td>{H(s.Segment)}</td><td>{s.Retention.StartingCustomers}</td><td>{H(Percent(s.Retention.LogoRetention))}</td>")
                .Append($"<td>{H(Rates(r => r.Nrr))}</td><td>{H(Rates(r => r.Grr))}</td><td>{H(Score(s.Nps.Score))} ({s.Nps.Responses})</td>")
                .Append($"<td>{H(Percent(s.Csat.Percent / 100))} ({s.Csat.Ratings})</td><td>{H(Duration(s.Times.FirstResponse.MedianSeconds))}</td></tr>");
        }
        html.Append($"</tbody></table><p class=\"muted\">Accounts behind each segment: <a href=\"{H(links.Accounts(date, p.Name))}\">the cohort with plan and region</a>.</p>");
    }

    private static string Tallies(IReadOnlyList<CategoryTally> tallies) =>
        tallies.Count == 0 ? "none" : string.Join(", ", tallies.Select(t => $"{CategoryNames.Of(t.Category)} ({t.Comments})"));

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
