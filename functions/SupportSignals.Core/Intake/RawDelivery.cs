namespace SupportSignals.Intake;

/// <summary>A verified delivery exactly as received, kept so any event can be traced and re-normalised.</summary>
public sealed record RawDelivery
{
    public required string Source { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public string? ContentType { get; init; }
    public required Uri Url { get; init; }
    /// <summary>Only the headers that identify or sign the delivery; never credentials (see <see cref="ArchivedHeaders"/>).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public required ReadOnlyMemory<byte> Body { get; init; }
}
