using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Leads;

/// <summary>Keeps the Sqls table: flags from tickets and lead.flagged events, acceptance and outcome from deal events.</summary>
public sealed class SqlProjection(IRecordStore<ServiceQualifiedLead> sqls, IRecordStore<TicketState> tickets, IRecordStore<StoredEvent> history, LeadOptions options) : IEventProjection
{
    public async Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default)
    {
        switch (e.Type)
        {
            case EventType.TicketCreated or EventType.TicketUpdated or EventType.TicketSolved:
                var ticket = await known.FindAsync(tickets, TicketState.PartitionOf(e.Source, e.Ticket!.Id), TicketState.Row, cancellationToken);
                if (ticket is null || (ticket.AccountId ?? e.AccountId) is not { } accountId) return;
                var fromTicket = await sqls.UpdateAsync(ServiceQualifiedLead.PartitionOf(accountId), StorageKeys.Escape(ServiceQualifiedLead.IdOf(e.Source, ticket.Id)),
                    current => SqlDetection.FromTicket(current, ticket, e, options), cancellationToken);
                await CatchUpDealsAsync(fromTicket, cancellationToken);
                break;
            case EventType.LeadFlagged when e.AccountId is { } account:
                var fromLead = await sqls.UpdateAsync(ServiceQualifiedLead.PartitionOf(account), StorageKeys.Escape(ServiceQualifiedLead.IdOf(e.Source, e.Lead!.TicketId)),
                    current => SqlDetection.FromLead(current, e), cancellationToken);
                await CatchUpDealsAsync(fromLead, cancellationToken);
                break;
            case EventType.DealCreated or EventType.DealWon or EventType.DealLost:
                var onAccount = await sqls.QueryAsync(RecordQuery.InPartition(ServiceQualifiedLead.PartitionOf(e.AccountId!)), cancellationToken).ToListAsync(cancellationToken);
                if (SqlDetection.MatchDeal(onAccount, e) is not { } sql) return;
                await AdvanceAsync(sql, e, cancellationToken);
                break;
        }
    }

    /// <summary>A deal may have arrived before the flag: once a SQL exists, the account's stored deal events are applied to it.</summary>
    private async Task CatchUpDealsAsync(ServiceQualifiedLead? sql, CancellationToken cancellationToken)
    {
        if (sql is null) return;
        var deals = await history.QueryAsync(RecordQuery.InPartition(StoredEvent.PartitionOf(sql.AccountId)), cancellationToken)
            .Where(s => s.Type.StartsWith("deal.", StringComparison.Ordinal))
            .Select(s => s.ToEvent())
            .ToListAsync(cancellationToken);
        foreach (var deal in deals.OrderBy(d => d.OccurredAt).Where(d => SqlDetection.MatchDeal([sql], d) is not null))
            await AdvanceAsync(sql, deal, cancellationToken);
    }

    private Task AdvanceAsync(ServiceQualifiedLead sql, CanonicalEvent deal, CancellationToken cancellationToken)
    {
        var status = deal.Type switch { EventType.DealWon => SqlStatus.Won, EventType.DealLost => SqlStatus.Lost, _ => SqlStatus.Accepted };
        return sqls.UpdateAsync(ServiceQualifiedLead.PartitionOf(sql.AccountId), StorageKeys.Escape(sql.Id),
            current => current is null ? null : SqlDetection.Advance(current, status, deal.OccurredAt, deal.Deal!.Id, deal.Deal.Mrr), cancellationToken);
    }
}
