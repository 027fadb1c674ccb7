namespace SupportSignals.Leads;

/// <summary>Bound from <c>Leads__*</c>: what marks a ticket as a Service Qualified Lead.</summary>
public sealed class LeadOptions
{
    /// <summary>Tags that flag a SQL (comma-separated in configuration), default "sql".</summary>
    public string Tags { get; set; } = "sql";

    /// <summary>Per-source tag lists overriding <see cref="Tags"/>: <c>Leads__SourceTags__zendesk=sql,upsell</c>.</summary>
    public Dictionary<string, string> SourceTags { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A ticket custom field whose truthy value (true, yes, 1, x) flags a SQL; empty for none.</summary>
    public string? Field { get; set; } = "sql";

    public IReadOnlySet<string> TagsFor(string source) =>
        (SourceTags.TryGetValue(source, out var tags) ? tags : Tags)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant())
            .ToHashSet();
}
