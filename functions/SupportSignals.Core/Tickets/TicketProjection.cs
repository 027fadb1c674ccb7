using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Tickets;

/// <summary>
/// Keeps ticket state (status, tags, response and resolution times) from ticket and reply events. A ticket not seen
/// lately is most likely new: it is inserted without a read (<see cref="InsertOrUpdate"/>).
/// </summary>
public sealed class TicketProjection(IRecordStore<TicketState> tickets) : IEventProjection
{
    private readonly RecentKeys _stored = new(20_000);

    public async Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default)
    {
        if ((canonicalEvent.Ticket?.Id ?? canonicalEvent.Reply?.TicketId) is not { } ticketId) return;
        await known.UpdateAsync(tickets, _stored, TicketState.PartitionOf(canonicalEvent.Source, ticketId), TicketState.Row,
            current => TicketState.Apply(current, canonicalEvent), cancellationToken);
    }
}
