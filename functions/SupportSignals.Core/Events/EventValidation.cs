namespace SupportSignals.Events;

/// <summary>Checks that an event carries what its type needs, so later stages never guess.</summary>
public static class EventValidation
{
    /// <returns>Null when the event is complete, otherwise the first problem, naming the field.</returns>
    public static string? Problem(CanonicalEvent e)
    {
        if (string.IsNullOrWhiteSpace(e.Id)) return "id is required";
        if (e.Id.Length > 400) return "id is longer than 400 characters";
        if (e.OccurredAt == default) return "occurredAt is required";
        return e.Type switch
        {
            EventType.TicketCreated or EventType.TicketUpdated or EventType.TicketSolved =>
                e.Ticket is null ? "ticket is required" : Blank(e.Ticket.Id, "ticket.id"),
            EventType.AgentReplied => e.Reply is null ? "reply is required" : Blank(e.Reply.TicketId, "reply.ticketId"),
            EventType.CsatRated => e.Csat is null ? "csat is required" : null,
            EventType.NpsResponded => e.Nps switch
            {
                null => "nps is required",
                { Score: < 0 or > 10 } => "nps.score must be 0..10",
                _ => Blank(e.Nps.ResponseId, "nps.responseId"),
            },
            EventType.ReviewPublished => e.Review switch
            {
                null => "review is required",
                { Stars: < 1 or > 5 } => "review.stars must be 1..5",
                _ => Blank(e.Review.Id, "review.id"),
            },
            EventType.ReviewDeleted => e.Review is null ? "review is required" : Blank(e.Review.Id, "review.id"),
            EventType.SubscriptionChanged or EventType.CancellationScheduled or EventType.CancellationWithdrawn =>
                e.Subscription is null ? "subscription is required" : Blank(e.AccountId, "accountId"),
            EventType.DealCreated or EventType.DealWon or EventType.DealLost =>
                e.Deal is null ? "deal is required" : e.LookUpInSource ? Blank(e.Deal.Id, "deal.id") : Blank(e.AccountId, "accountId"),
            EventType.LeadFlagged => e.Lead is null ? "lead is required" : Blank(e.Lead.TicketId, "lead.ticketId"),
            EventType.ContactUpdated or EventType.ContactUnsubscribed => Blank(e.ContactId, "contactId"),
            EventType.AccountUpdated => Blank(e.AccountId, "accountId"),
            _ => $"type {e.Type} is not supported",
        };
    }

    private static string? Blank(string? value, string field) => string.IsNullOrWhiteSpace(value) ? $"{field} is required" : null;
}
