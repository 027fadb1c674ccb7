using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Tickets;

/// <summary>
/// A ticket or conversation with the times DOMAIN.md measures: first public agent reply, first solved and last
/// solved (a reopened ticket counts until it is solved for good). Status and tags follow the newest event.
/// </summary>
public sealed record TicketState
{
    public const string Row = "ticket";

    public required string Source { get; init; }
    public required string Id { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    public string? AgentId { get; init; }
    public string? Subject { get; init; }
    public string Status { get; init; } = TicketStatus.Open;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();
    public string? Channel { get; init; }
    public bool Escalated { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? FirstPublicReplyAt { get; init; }
    public DateTimeOffset? FirstSolvedAt { get; init; }
    public DateTimeOffset? LastSolvedAt { get; init; }
    public DateTimeOffset? UpdatedAsOf { get; init; }

    public bool IsOpen => Status is TicketStatus.Open or TicketStatus.Pending;

    public static string PartitionOf(string source, string ticketId) => StorageKeys.Escape($"{source}:{ticketId}");

    /// <returns>The new state, or null when the event says nothing new about the ticket.</returns>
    public static TicketState? Apply(TicketState? current, CanonicalEvent e)
    {
        var ticketId = e.Ticket?.Id ?? e.Reply?.TicketId;
        if (ticketId is null) return null;
        var state = current ?? new TicketState { Source = e.Source, Id = ticketId };
        var next = state with
        {
            AccountId = state.AccountId ?? e.AccountId,
            ContactId = state.ContactId ?? e.ContactId,
        };

        if (e.Ticket is { } ticket)
        {
            next = next with { CreatedAt = Freshness.Earliest(next.CreatedAt, ticket.CreatedAt ?? e.OccurredAt) };
            if (Freshness.Supersedes(e.OccurredAt, state.UpdatedAsOf))
            {
                next = next with
                {
                    Status = e.Type == EventType.TicketSolved ? TicketStatus.Solved : ticket.Status ?? next.Status,
                    Subject = ticket.Subject ?? next.Subject,
                    Tags = ticket.Tags,
                    CustomFields = ticket.CustomFields,
                    Channel = ticket.Channel ?? next.Channel,
                    Escalated = next.Escalated || ticket.Escalated,
                    AgentId = e.AgentId ?? next.AgentId,
                    UpdatedAsOf = e.OccurredAt,
                };
            }
            if (e.Type == EventType.TicketSolved || ticket.Status is TicketStatus.Solved or TicketStatus.Closed)
            {
                next = next with
                {
                    FirstSolvedAt = Freshness.Earliest(next.FirstSolvedAt, e.OccurredAt),
                    LastSolvedAt = Freshness.Latest(next.LastSolvedAt, e.OccurredAt),
                };
            }
        }
        else if (e.Type == EventType.AgentReplied && e.Reply is { Public: true })
        {
            next = next with { FirstPublicReplyAt = Freshness.Earliest(next.FirstPublicReplyAt, e.OccurredAt) };
        }

        return Same(next, state) && current is not null ? null : next;
    }

    // Records compare collections by reference; tags and fields are compared by content.
    private static bool Same(TicketState a, TicketState b) =>
        (a with { Tags = b.Tags, CustomFields = b.CustomFields }) == b
        && a.Tags.SequenceEqual(b.Tags)
        && a.CustomFields.Count == b.CustomFields.Count && a.CustomFields.All(kv => b.CustomFields.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
