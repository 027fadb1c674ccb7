using SupportSignals.Events;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>Decimal amounts ("49.90 EUR") to integer minor units, by the currency's ISO 4217 exponent.</summary>
public static class MinorUnits
{
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
    };

    public static int Exponent(string currency) =>
        ZeroDecimal.Contains(currency) ? 0 : ThreeDecimal.Contains(currency) ? 3 : 2;

    public static Money FromDecimal(decimal amount, string currency)
    {
        var code = currency.ToUpperInvariant();
        var scaled = amount * (decimal)Math.Pow(10, Exponent(code));
        return new Money((long)Math.Round(scaled, MidpointRounding.AwayFromZero), code);
    }

    /// <summary>An amount the vendor already sends in minor units (Stripe, Chargebee).</summary>
    public static Money FromMinor(long minor, string currency) => new(minor, currency.ToUpperInvariant());
}
