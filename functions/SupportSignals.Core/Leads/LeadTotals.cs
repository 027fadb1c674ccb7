using SupportSignals.Attribution;
using SupportSignals.Events;

namespace SupportSignals.Leads;

/// <summary>One agent's or account's figures for a period: SQLs by flag cohort, conversion both ways, won MRR, saves.</summary>
public sealed record LeadTotal(string Key, int Flagged, int Accepted, int Won, int Lost, double? WonOfFlagged, double? WonOfAccepted,
    IReadOnlyList<Money> WonMrr, int Saves, IReadOnlyList<Money> SavedMrr);

/// <summary>
/// Totals for the nightly summary and <c>GET /api/sqls/totals</c>. SQLs count in the period they were flagged (cohort);
/// saves in the period they were credited. Money is summed per currency, never across.
/// </summary>
public static class LeadTotals
{
    public static IReadOnlyList<LeadTotal> Compute(IEnumerable<ServiceQualifiedLead> sqls, IEnumerable<AttributionRecord> records,
        DateTimeOffset from, DateTimeOffset to, Func<string?, string?, string> keyOf)
    {
        var cohort = sqls.Where(s => s.FlaggedAt >= from && s.FlaggedAt < to && s.Status != SqlStatus.Withdrawn).ToList();
        var saves = records.Where(r => r.Rule == AttributionRule.ChurnSave && r.CreditedAt >= from && r.CreditedAt < to).ToList();
        var keys = cohort.Select(s => keyOf(s.AgentId, s.AccountId)).Concat(saves.Select(r => keyOf(r.AgentId, r.AccountId))).Distinct().Order(StringComparer.Ordinal);
        return [.. keys.Select(key =>
        {
            var mine = cohort.Where(s => keyOf(s.AgentId, s.AccountId) == key).ToList();
            var accepted = mine.Count(s => s.Status is SqlStatus.Accepted or SqlStatus.Won or SqlStatus.Lost);
            var won = mine.Where(s => s.Status == SqlStatus.Won).ToList();
            var mySaves = saves.Where(r => keyOf(r.AgentId, r.AccountId) == key).ToList();
            return new LeadTotal(key, mine.Count, accepted, won.Count, mine.Count(s => s.Status == SqlStatus.Lost),
                Ratio(won.Count, mine.Count), Ratio(won.Count, accepted),
                PerCurrency(won.Where(s => s.WonMrr is not null).Select(s => s.WonMrr!)), mySaves.Count, PerCurrency(mySaves.Select(r => r.Mrr)));
        })];
    }

    public static IReadOnlyList<Money> PerCurrency(IEnumerable<Money> amounts) =>
        [.. amounts.GroupBy(m => m.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Aggregate(Money.Zero(g.Key), (sum, m) => sum.Plus(m)))];

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
