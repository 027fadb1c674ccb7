namespace SupportSignals.Attribution;

/// <summary>Bound from <c>Attribution__*</c>: the windows and the signals of cancellation intent.</summary>
public sealed class AttributionOptions
{
    public int SqlWindowDays { get; set; } = 90;
    public int SaveWindowDays { get; set; } = 30;
    public int InfluenceWindowDays { get; set; } = 30;
    /// <summary>Ticket tags that show cancellation intent (comma-separated).</summary>
    public string CancellationTags { get; set; } = "cancel,cancellation,churn-risk,churn";
}
