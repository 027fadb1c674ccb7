namespace SupportSignals.Retention;

public static class Ratio
{
    /// <returns>part ÷ whole, or null when there is nothing to divide by (no responses is not 0 %).</returns>
    public static double? Of(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
