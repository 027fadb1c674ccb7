namespace SupportSignals.Processing;

/// <summary>
/// A poison record as the list shows it: everything but the payload, which holds contacts' personal data and can be
/// large, so that only the one record an operator opens carries it.
/// </summary>
public record PoisonSummary
{
    public required string Id { get; init; }
    /// <summary>One of <see cref="PoisonKind"/>.</summary>
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string Reason { get; init; }
    public string? DeliveryId { get; init; }
    public string? EventId { get; init; }
    public int Attempts { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
