using SupportSignals.Events;
using SupportSignals.Tickets;

namespace SupportSignals.Leads;

/// <summary>
/// How a ticket becomes, stays or stops being a SQL, and how sales moves it on. Pure: the projection feeds it the
/// ticket as it now stands (after every event so far, in any order), so the outcome does not depend on arrival order.
/// </summary>
public static class SqlDetection
{
    private static readonly string[] Truthy = ["true", "yes", "1", "x", "y", "on"];

    public static bool IsFlagged(TicketState ticket, LeadOptions options) =>
        ticket.Tags.Any(options.TagsFor(ticket.Source).Contains)
        || (options.Field is { Length: > 0 } field && ticket.CustomFields.TryGetValue(field, out var value) && Truthy.Contains(value.Trim().ToLowerInvariant()));

    /// <summary>A ticket event: flag, keep, withdraw (tag removed before sales accepted it) or re-open the SQL.</summary>
    public static ServiceQualifiedLead? FromTicket(ServiceQualifiedLead? current, TicketState ticket, CanonicalEvent e, LeadOptions options)
    {
        var accountId = ticket.AccountId ?? e.AccountId;
        if (accountId is null) return null;
        var flagged = IsFlagged(ticket, options);
        var flaggedAt = e.Type == EventType.AgentReplied ? null : (DateTimeOffset?)e.OccurredAt;
        if (current is null)
        {
            return flagged && flaggedAt is { } at
                ? new ServiceQualifiedLead
                {
                    Id = ServiceQualifiedLead.IdOf(ticket.Source, ticket.Id),
                    Source = ticket.Source,
                    TicketId = ticket.Id,
                    AccountId = accountId,
                    ContactId = ticket.ContactId,
                    AgentId = ticket.AgentId ?? e.AgentId,
                    FlaggedAt = at,
                    Reason = ticket.Subject,
                    Status = SqlStatus.Open,
                    AsOf = at,
                }
                : null;
        }
        // An older event arriving late may reveal an earlier flag time (if it carried the flag itself); it never changes the status.
        var eventFlagged = e.Ticket is { } own && IsFlagged(ticket with { Tags = own.Tags, CustomFields = own.CustomFields }, options);
        if (eventFlagged && flaggedAt < current.FlaggedAt) current = current with { FlaggedAt = flaggedAt.Value };
        if (e.OccurredAt < current.AsOf || current.Status is not (SqlStatus.Open or SqlStatus.Withdrawn)) return current;
        return (flagged, current.Status) switch
        {
            (false, SqlStatus.Open) => current with { Status = SqlStatus.Withdrawn, AsOf = e.OccurredAt },
            (true, SqlStatus.Withdrawn) => current with { Status = SqlStatus.Open, AsOf = e.OccurredAt },
            _ => current,
        };
    }

    /// <summary>A canonical lead.flagged event: an explicit flag with reason and product interest.</summary>
    public static ServiceQualifiedLead? FromLead(ServiceQualifiedLead? current, CanonicalEvent e)
    {
        if (e.Lead is not { } lead || e.AccountId is null) return null;
        var opened = (current ?? new ServiceQualifiedLead
        {
            Id = ServiceQualifiedLead.IdOf(e.Source, lead.TicketId),
            Source = e.Source,
            TicketId = lead.TicketId,
            AccountId = e.AccountId,
            FlaggedAt = e.OccurredAt,
            Status = SqlStatus.Open,
            AsOf = e.OccurredAt,
        }) with
        {
            ContactId = current?.ContactId ?? e.ContactId,
            AgentId = current?.AgentId ?? e.AgentId,
            Reason = lead.Reason ?? current?.Reason,
            ProductInterest = lead.ProductInterest ?? current?.ProductInterest,
            FlaggedAt = current is null || e.OccurredAt < current.FlaggedAt ? e.OccurredAt : current.FlaggedAt,
        };
        return opened.Status == SqlStatus.Withdrawn ? opened with { Status = SqlStatus.Open, AsOf = e.OccurredAt } : opened;
    }

    /// <summary>Sales moves a SQL on: accepted, then won or lost. A later stage is never undone by an earlier one.</summary>
    public static ServiceQualifiedLead Advance(ServiceQualifiedLead current, string status, DateTimeOffset at, string? dealId = null, Money? wonMrr = null)
    {
        var rank = Rank(status);
        if (current.Status == SqlStatus.Withdrawn && status != SqlStatus.Accepted) return current;
        if (rank < Rank(current.Status) || (rank == Rank(current.Status) && status == current.Status)) return current;
        return current with
        {
            Status = status,
            AcceptedAt = current.AcceptedAt ?? at,
            ClosedAt = status is SqlStatus.Won or SqlStatus.Lost ? at : null,
            DealId = dealId ?? current.DealId,
            WonMrr = status == SqlStatus.Won ? wonMrr ?? current.WonMrr : current.WonMrr,
            AsOf = at > current.AsOf ? at : current.AsOf,
        };
    }

    private static int Rank(string status) => status switch
    {
        SqlStatus.Withdrawn => 0,
        SqlStatus.Open => 1,
        SqlStatus.Accepted => 2,
        _ => 3,
    };

    /// <summary>Which of an account's SQLs a deal event belongs to: the one on the deal's ticket, else the latest flagged before it.</summary>
    public static ServiceQualifiedLead? MatchDeal(IEnumerable<ServiceQualifiedLead> accountSqls, CanonicalEvent deal) =>
        accountSqls.FirstOrDefault(s => deal.Deal?.TicketId is { } ticket && s.TicketId == ticket)
        ?? accountSqls.Where(s => s.Status != SqlStatus.Withdrawn && s.FlaggedAt <= deal.OccurredAt).MaxBy(s => s.FlaggedAt);
}
