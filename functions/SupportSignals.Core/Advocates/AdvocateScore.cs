using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Advocates;

/// <summary>
/// The rank explained: four parts, each rounded to two decimals, that add up to <see cref="Total"/> (0..100).
/// Recency halves every <see cref="RecencyHalfLifeDays"/> days; strength is NPS 6→0 … 10→1 or stars 2→0 … 5→1;
/// service praise is all or nothing; account value grows with the logarithm of MRR up to <see cref="AccountValueCap"/>
/// a month in the account's own currency (no conversion: a 20% exchange-rate gap moves it by under 0.3 points).
/// </summary>
public sealed record AdvocateScore(double Recency, double Strength, double ServicePraise, double AccountValue)
{
    public const double RecencyWeight = 30;
    public const double StrengthWeight = 30;
    public const double ServicePraiseWeight = 25;
    public const double AccountValueWeight = 15;
    public const double RecencyHalfLifeDays = 30;
    public const double AccountValueCap = 10_000;

    public double Total => Round(Recency + Strength + ServicePraise + AccountValue);

    public static AdvocateScore Of(Evidence evidence, Money? mrr, DateTimeOffset now) => new(
        Round(RecencyWeight * Math.Pow(0.5, Math.Max(0, (now - evidence.GivenAt).TotalDays) / RecencyHalfLifeDays)),
        Round(StrengthWeight * StrengthOf(evidence)),
        evidence.PraisesService ? ServicePraiseWeight : 0,
        Round(AccountValueWeight * ValueOf(mrr)));

    private static double StrengthOf(Evidence evidence) =>
        evidence.NpsScore is { } score ? Unit((score - 6) / 4.0) : evidence.Stars is { } stars ? Unit((stars - 2) / 3.0) : 0;

    private static double ValueOf(Money? mrr) =>
        mrr is { Minor: > 0 } ? Unit(Math.Log10(1 + (double)Major(mrr)) / Math.Log10(1 + AccountValueCap)) : 0;

    /// <summary>The amount in major units (euros, not cents), by the currency's ISO 4217 exponent.</summary>
    public static decimal Major(Money money) => money.Minor / (decimal)Math.Pow(10, MinorUnits.Exponent(money.Currency));

    private static double Unit(double value) => Math.Clamp(value, 0, 1);

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
