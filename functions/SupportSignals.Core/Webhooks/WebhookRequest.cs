namespace SupportSignals.Webhooks;

/// <summary>A webhook delivery as received: the raw bytes are what signatures are computed over.</summary>
public sealed record WebhookRequest
{
    public required string Source { get; init; }
    public string Method { get; init; } = "POST";
    /// <summary>The URL the vendor called, as it sees it (some vendors sign it, e.g. HubSpot v3).</summary>
    public required Uri Url { get; init; }
    /// <summary>Header names are case-insensitive; repeated headers are joined with ", ".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public string? ContentType { get; init; }
    public required ReadOnlyMemory<byte> Body { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The media type without parameters, lower-cased: "application/json; charset=utf-8" is "application/json".</summary>
    public string? MediaType => ContentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
}
