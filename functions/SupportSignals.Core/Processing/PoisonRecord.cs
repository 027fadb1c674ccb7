namespace SupportSignals.Processing;

/// <summary>Something that could not be handled, kept with its reason until it is replayed.</summary>
public sealed record PoisonRecord : PoisonSummary
{
    /// <summary>The event JSON (processing) or the rejected fragment (normalisation).</summary>
    public required string Payload { get; init; }
}
