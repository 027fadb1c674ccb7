namespace SupportSignals.Processing;

/// <summary>Out-of-order delivery: a fact is only replaced by one that happened at the same time or later.</summary>
public static class Freshness
{
    public static bool Supersedes(DateTimeOffset eventTime, DateTimeOffset? asOf) => asOf is null || eventTime >= asOf;

    public static DateTimeOffset? Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is null || candidate < current ? candidate : current;

    public static DateTimeOffset? Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is null || candidate > current ? candidate : current;
}
