using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Tickets;

/// <summary>Keeps ticket state (status, tags, response and resolution times) from ticket and reply events.</summary>
public sealed class TicketProjection(IRecordStore<TicketState> tickets) : IEventProjection
{
    public async Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default)
    {
        if ((canonicalEvent.Ticket?.Id ?? canonicalEvent.Reply?.TicketId) is not { } ticketId) return;
        await known.UpdateAsync(tickets, TicketState.PartitionOf(canonicalEvent.Source, ticketId), TicketState.Row,
            current => TicketState.Apply(current, canonicalEvent), cancellationToken);
    }
}
