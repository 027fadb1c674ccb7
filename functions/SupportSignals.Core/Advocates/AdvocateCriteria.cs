namespace SupportSignals.Advocates;

/// <summary>What marketing asked for: the filters of <c>GET /api/advocates</c>.</summary>
public sealed record AdvocateCriteria
{
    public const int DefaultMinNps = 9;
    public const int DefaultMinStars = 4;

    /// <summary>Evidence given at or after this instant; null means <see cref="AdvocateOptions.SinceDays"/> ago.</summary>
    public DateTimeOffset? Since { get; init; }
    public int MinNps { get; init; } = DefaultMinNps;
    public int MinStars { get; init; } = DefaultMinStars;
    /// <summary>Only contacts whose evidence praises the service.</summary>
    public bool ServicePraise { get; init; }
    /// <summary>The account's segment, plan or region (case-insensitive).</summary>
    public string? Segment { get; init; }
}
