namespace SupportSignals.Privacy;

/// <summary>
/// What one erasure changed: rows per table (counts only, so the report holds no personal data), and whether an
/// opt-out was kept as the contact's only trace.
/// </summary>
public sealed record ErasureReport(string ContactId, IReadOnlyDictionary<string, int> Rows, bool OptOutKept)
{
    public int Total => Rows.Values.Sum();
}
