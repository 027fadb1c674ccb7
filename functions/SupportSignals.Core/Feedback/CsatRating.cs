using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Feedback;

/// <summary>A CSAT rating, one per rated ticket (a customer who changes the rating keeps only the latest).</summary>
public sealed record CsatRating
{
    public required string Source { get; init; }
    public required string Id { get; init; }
    public string? TicketId { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    public string? AgentId { get; init; }
    public required string Value { get; init; }
    public required string Scale { get; init; }
    public required bool Satisfied { get; init; }
    public string? Comment { get; init; }
    public required DateTimeOffset RatedAt { get; init; }

    public static string PartitionOf(string source) => StorageKeys.Escape(source);

    public static string RowOf(CanonicalEvent e) => StorageKeys.Escape(e.Csat?.TicketId ?? e.Id);

    public static CsatRating? Apply(CsatRating? current, CanonicalEvent e)
    {
        if (e.Csat is not { } csat || (current is not null && !Freshness.Supersedes(e.OccurredAt, current.RatedAt))) return null;
        var next = new CsatRating
        {
            Source = e.Source,
            Id = csat.TicketId ?? e.Id,
            TicketId = csat.TicketId,
            AccountId = e.AccountId ?? current?.AccountId,
            ContactId = e.ContactId ?? current?.ContactId,
            AgentId = e.AgentId ?? current?.AgentId,
            Value = csat.Value,
            Scale = csat.Scale,
            Satisfied = csat.Satisfied,
            Comment = csat.Comment ?? current?.Comment,
            RatedAt = e.OccurredAt,
        };
        return next == current ? null : next;
    }
}
