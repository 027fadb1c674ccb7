using SupportSignals.Attribution;
using SupportSignals.Events;

namespace SupportSignals.Retention;

/// <summary>Churn saves (DOMAIN.md): count and MRR of <c>churn_save</c> attribution records credited in the period.</summary>
public sealed record ChurnSaves
{
    public int Count { get; init; }
    public IReadOnlyList<Money> Mrr { get; init; } = [];

    public static ChurnSaves Of(IEnumerable<AttributionRecord> records, SummaryPeriod period)
    {
        var saves = records.Where(r => r.Rule == AttributionRule.ChurnSave && period.Contains(r.CreditedAt)).ToList();
        return new ChurnSaves { Count = saves.Count, Mrr = MoneyTotals.Of(saves.Select(s => s.Mrr)) };
    }
}
