namespace SupportSignals.Processing;

public static class PoisonKind
{
    /// <summary>An item of a delivery that could not be normalised; replay re-normalises the archived delivery.</summary>
    public const string Normalisation = "normalisation";
    /// <summary>An event whose processing kept failing; replay enqueues it again.</summary>
    public const string Processing = "processing";
}

/// <summary>Something that could not be handled, kept with its reason until it is replayed.</summary>
public sealed record PoisonRecord : PoisonSummary
{
    /// <summary>The event JSON (processing) or the rejected fragment (normalisation).</summary>
    public required string Payload { get; init; }
}
