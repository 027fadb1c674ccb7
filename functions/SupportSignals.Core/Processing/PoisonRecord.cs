namespace SupportSignals.Processing;

public static class PoisonKind
{
    /// <summary>An item of a delivery that could not be normalised; replay re-normalises the archived delivery.</summary>
    public const string Normalisation = "normalisation";
    /// <summary>An event whose processing kept failing; replay enqueues it again.</summary>
    public const string Processing = "processing";
}

/// <summary>Something that could not be handled, kept with its reason until it is replayed.</summary>
public sealed record PoisonRecord
{
    public required string Id { get; init; }
    /// <summary>One of <see cref="PoisonKind"/>.</summary>
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string Reason { get; init; }
    /// <summary>The event JSON (processing) or the rejected fragment (normalisation).</summary>
    public required string Payload { get; init; }
    public string? DeliveryId { get; init; }
    public string? EventId { get; init; }
    public int Attempts { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
