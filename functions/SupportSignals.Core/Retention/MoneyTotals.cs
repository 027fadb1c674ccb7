using SupportSignals.Events;

namespace SupportSignals.Retention;

public static class MoneyTotals
{
    /// <summary>One total per currency, in currency order: amounts are never summed across currencies.</summary>
    public static IReadOnlyList<Money> Of(IEnumerable<Money?> amounts) =>
    [
        .. amounts.OfType<Money>()
            .GroupBy(m => m.Currency.ToUpperInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Money(g.Sum(m => m.Minor), g.Key)),
    ];
}
