namespace SupportSignals.Advocates;

/// <summary>The rules that keep marketing from asking the wrong people (configuration section <c>Advocates</c>).</summary>
public sealed class AdvocateOptions
{
    /// <summary>No second ask within this many days of the last one (<c>Advocates__CooldownDays</c>).</summary>
    public int CooldownDays { get; set; } = 90;

    /// <summary>An escalated ticket blocks its account while open and this many days after its last update.</summary>
    public int EscalationDays { get; set; } = 30;

    /// <summary>An unsatisfied CSAT rating blocks the contact for this many days.</summary>
    public int BadCsatDays { get; set; } = 30;

    /// <summary>The evidence window when the request names no <c>since</c>.</summary>
    public int SinceDays { get; set; } = 90;

    /// <summary>The furthest back a request may reach: each month of window is one more partition read.</summary>
    public int MaxSinceDays { get; set; } = 730;

    /// <returns>The first setting out of range, or null.</returns>
    public string? Problem() => this switch
    {
        { CooldownDays: < 0 or > 3650 } => "Advocates__CooldownDays must be 0..3650",
        { EscalationDays: < 0 or > 3650 } => "Advocates__EscalationDays must be 0..3650",
        { BadCsatDays: < 0 or > 3650 } => "Advocates__BadCsatDays must be 0..3650",
        { SinceDays: < 1 } => "Advocates__SinceDays must be at least 1",
        _ when SinceDays > MaxSinceDays => "Advocates__SinceDays must not exceed Advocates__MaxSinceDays",
        _ => null,
    };
}
