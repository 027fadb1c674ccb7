namespace SupportSignals.Retention;

/// <summary>
/// Median and 90th percentile of calendar durations in seconds, interpolated between the closest ranks as
/// spreadsheets do (PERCENTILE.INC): the median of an even count is the mean of the two middle values.
/// </summary>
public sealed record Distribution(int Count, double? MedianSeconds, double? P90Seconds)
{
    public static Distribution Of(IEnumerable<long> seconds)
    {
        var sorted = seconds.Order().ToArray();
        return new Distribution(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    public static double? Percentile(IReadOnlyList<long> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
