namespace SupportSignals.Webhooks;

/// <summary>
/// A source's configuration, bound from <c>Webhooks__{source}__*</c>. A source is enabled by configuring it.
/// </summary>
public sealed class SourceOptions
{
    public const int DefaultToleranceSeconds = 300;

    /// <summary>The signing key or shared secret (for basic auth: "user:password").</summary>
    public string? Secret { get; set; }

    /// <summary>The previous or next secret during a rotation; either verifies.</summary>
    public string? SecondarySecret { get; set; }

    /// <summary>How far a signed timestamp may be from now, where the vendor signs one.</summary>
    public int ToleranceSeconds { get; set; } = DefaultToleranceSeconds;

    /// <summary>Source-specific settings: field mappings for template payloads, SQL tags, public URL, ...</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Secrets()
    {
        if (!string.IsNullOrEmpty(Secret)) yield return Secret;
        if (!string.IsNullOrEmpty(SecondarySecret)) yield return SecondarySecret;
    }

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
