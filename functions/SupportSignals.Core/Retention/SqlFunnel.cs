using SupportSignals.Events;
using SupportSignals.Leads;

namespace SupportSignals.Retention;

/// <summary>
/// Service Qualified Leads flagged in a period (the flag cohort) and what had become of them by the period's end:
/// accepted by sales (a lead won without a recorded acceptance counts as accepted), won, lost. Conversion both
/// ways (DOMAIN.md): won ÷ flagged (support's view) and won ÷ accepted (sales' usual measure); won MRR per currency.
/// </summary>
public sealed record SqlFunnel
{
    public int Flagged { get; init; }
    public int Accepted { get; init; }
    public int Won { get; init; }
    public int Lost { get; init; }
    public double? WonPerFlagged { get; init; }
    public double? WonPerAccepted { get; init; }
    public IReadOnlyList<Money> WonMrr { get; init; } = [];

    public static SqlFunnel Of(IEnumerable<ServiceQualifiedLead> leads, SummaryPeriod period)
    {
        var cohort = leads.Where(l => period.Contains(l.FlaggedAt)).ToList();
        bool ClosedAs(ServiceQualifiedLead l, string status) => l.Status == status && l.ClosedAt is { } closed && closed < period.End;
        var won = cohort.Where(l => ClosedAs(l, SqlStatus.Won)).ToList();
        var accepted = cohort.Count(l => (l.AcceptedAt is { } at && at < period.End) || ClosedAs(l, SqlStatus.Won));
        return new SqlFunnel
        {
            Flagged = cohort.Count,
            Accepted = accepted,
            Won = won.Count,
            Lost = cohort.Count(l => ClosedAs(l, SqlStatus.Lost)),
            WonPerFlagged = Ratio.Of(won.Count, cohort.Count),
            WonPerAccepted = Ratio.Of(won.Count, accepted),
            WonMrr = MoneyTotals.Of(won.Select(l => l.WonMrr)),
        };
    }
}
