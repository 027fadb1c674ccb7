namespace SupportSignals.Retention;

/// <summary>The summary's arithmetic: pure, deterministic (same inputs, same figures), so concurrent runs agree.</summary>
public static class SummaryCalculator
{
    public static DailySummary Calculate(SummaryInputs inputs) => new()
    {
        Date = inputs.Date,
        ComputedAt = inputs.ComputedAt,
        Periods = [.. SummaryPeriod.For(inputs.Date).Select(period => Period(inputs, period))],
    };

    private static PeriodSummary Period(SummaryInputs inputs, SummaryPeriod period)
    {
        var movements = AccountMovement.Between(inputs.Cohorts[period.From], inputs.Cohorts[period.To.AddDays(1)]);
        var rollups = RollupsIn(inputs, period);
        var nps = Nps(rollups, Segments.All);
        var segments = movements.SelectMany(m => Segments.Of(m.Plan, m.Region))
            .Concat(rollups.SelectMany(r => r.Segments.Select(s => s.Segment)))
            .Concat(inputs.Durations.Select(d => d.Segment))
            .Where(s => s != Segments.All).Distinct().Order(StringComparer.Ordinal);
        return new PeriodSummary
        {
            Name = period.Name,
            From = period.From,
            To = period.To,
            Retention = RetentionFigures.Of(movements),
            Saves = ChurnSaves.Of(inputs.Credits, period),
            Sqls = SqlFunnel.Of(inputs.Sqls, period),
            Nps = nps,
            Csat = Csat(rollups, Segments.All),
            Times = Times(inputs, period, Segments.All),
            Service = ServiceSentiment.Of(Feedback(rollups), Feedback(RollupsIn(inputs, period.Previous())), nps),
            Segments = [.. segments.Select(segment => new SegmentSummary
            {
                Segment = segment,
                Retention = RetentionFigures.Of([.. movements.Where(m => Segments.Of(m.Plan, m.Region).Contains(segment))]),
                Nps = Nps(rollups, segment),
                Csat = Csat(rollups, segment),
                Times = Times(inputs, period, segment),
            })],
        };
    }

    private static List<DayRollup> RollupsIn(SummaryInputs inputs, SummaryPeriod period) =>
        [.. inputs.Rollups.Where(r => r.Key >= period.From && r.Key <= period.To).Select(r => r.Value)];

    private static NpsFigures Nps(IEnumerable<DayRollup> rollups, string segment) =>
        rollups.SelectMany(r => r.Segments).Where(s => s.Segment == segment).Aggregate(NpsFigures.None, (sum, s) => sum.Plus(s.Nps));

    private static CsatFigures Csat(IEnumerable<DayRollup> rollups, string segment) =>
        rollups.SelectMany(r => r.Segments).Where(s => s.Segment == segment).Aggregate(CsatFigures.None, (sum, s) => sum.Plus(s.Csat));

    private static Dictionary<string, FeedbackCounts> Feedback(IEnumerable<DayRollup> rollups) =>
        rollups.SelectMany(r => r.Feedback).GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Aggregate(FeedbackCounts.None(g.Key), (sum, f) => sum.Plus(f)));

    private static TicketTimes Times(SummaryInputs inputs, SummaryPeriod period, string segment)
    {
        Distribution Of(string kind) => Distribution.Of(inputs.Durations
            .Where(d => d.Kind == kind && d.Segment == segment && period.Contains(DayKeys.Start(DayKeys.Parse(d.Day))))
            .SelectMany(d => d.Seconds));
        return new TicketTimes(Of(FactKind.FirstResponse), Of(FactKind.FirstResolution), Of(FactKind.FullResolution));
    }
}
