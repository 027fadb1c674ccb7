namespace SupportSignals.Retention;

/// <summary>Revenue retention of the starting cohort's accounts billed in one currency (never summed across currencies).</summary>
public sealed record RevenueRetention
{
    public required string Currency { get; init; }
    public int Customers { get; init; }
    /// <summary>Minor units, as every amount.</summary>
    public long StartingMrr { get; init; }
    public long ExpansionMrr { get; init; }
    public long ContractionMrr { get; init; }
    public long ChurnedMrr { get; init; }
    /// <summary>(starting − churned − contraction) ÷ starting; null without starting MRR.</summary>
    public double? Grr { get; init; }
    /// <summary>(starting + expansion − contraction − churned) ÷ starting; null without starting MRR.</summary>
    public double? Nrr { get; init; }
}

/// <summary>Logo and revenue retention of a period's starting cohort (DOMAIN.md). Rates are fractions (0.95 = 95 %).</summary>
public sealed record RetentionFigures
{
    public int StartingCustomers { get; init; }
    public int RetainedCustomers { get; init; }
    public int ChurnedCustomers { get; init; }
    public int UpgradedCustomers { get; init; }
    public int DowngradedCustomers { get; init; }
    public double? LogoRetention { get; init; }
    public double? UpgradeRate { get; init; }
    public double? DowngradeRate { get; init; }
    public IReadOnlyList<RevenueRetention> Revenue { get; init; } = [];

    public static RetentionFigures Of(IReadOnlyList<AccountMovement> cohort)
    {
        var starting = cohort.Count;
        var churned = cohort.Count(m => m.Movement == Movement.Churned);
        var upgraded = cohort.Count(m => m.Movement == Movement.Expanded);
        var downgraded = cohort.Count(m => m.Movement == Movement.Contracted);
        return new RetentionFigures
        {
            StartingCustomers = starting,
            RetainedCustomers = starting - churned,
            ChurnedCustomers = churned,
            UpgradedCustomers = upgraded,
            DowngradedCustomers = downgraded,
            LogoRetention = Ratio.Of(starting - churned, starting),
            UpgradeRate = Ratio.Of(upgraded, starting),
            DowngradeRate = Ratio.Of(downgraded, starting),
            Revenue = [.. cohort.GroupBy(m => m.StartMrr.Currency.ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(RevenueOf)],
        };
    }

    private static RevenueRetention RevenueOf(IGrouping<string, AccountMovement> accounts)
    {
        long starting = 0, expansion = 0, contraction = 0, churned = 0;
        foreach (var m in accounts)
        {
            starting += m.StartMrr.Minor;
            switch (m.Movement)
            {
                case Movement.Churned: churned += m.StartMrr.Minor; break;
                case Movement.Expanded: expansion += m.EndMrr!.Minor - m.StartMrr.Minor; break;
                case Movement.Contracted: contraction += m.StartMrr.Minor - m.EndMrr!.Minor; break;
            }
        }
        return new RevenueRetention
        {
            Currency = accounts.Key,
            Customers = accounts.Count(),
            StartingMrr = starting,
            ExpansionMrr = expansion,
            ContractionMrr = contraction,
            ChurnedMrr = churned,
            Grr = Ratio.Of(starting - churned - contraction, starting),
            Nrr = Ratio.Of(starting + expansion - contraction - churned, starting),
        };
    }
}
