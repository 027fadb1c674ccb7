using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Advocates;

/// <summary>
/// Keeps the advocate index (<see cref="AdvocateSignal"/>) in step with the feedback and ticket tables. It runs after
/// their projections and copies the merged record, not the event, so arrival order does not matter.
/// </summary>
public sealed class AdvocateSignalProjection(
    IRecordStore<AdvocateSignal> signals,
    IRecordStore<NpsResponse> nps,
    IRecordStore<Review> reviews,
    IRecordStore<CsatRating> csat,
    IRecordStore<TicketState> tickets) : IEventProjection
{
    private const int MaxRounds = 5;

    private sealed record Placement(string Partition, string Row, AdvocateSignal? Signal);

    public Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default) => e.Type switch
    {
        EventType.NpsResponded => SyncAsync(known, nps, NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId),
            response => [InMonth(AdvocateSignal.Of(response))], cancellationToken),
        EventType.ReviewPublished or EventType.ReviewDeleted => SyncAsync(known, reviews, Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id),
            review => [InMonth(AdvocateSignal.Of(review))], cancellationToken),
        EventType.CsatRated => SyncAsync(known, csat, CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e),
            rating => [InMonth(AdvocateSignal.Of(rating))], cancellationToken),
        _ when e.Ticket is { } ticket => SyncAsync(known, tickets, TicketState.PartitionOf(e.Source, ticket.Id), TicketState.Row,
            TicketPlacements, cancellationToken),
        _ => Task.CompletedTask,
    };

    private static Placement InMonth(AdvocateSignal signal) => new(Months.Key(signal.AsOf), signal.Row, signal);

    private static IEnumerable<Placement> TicketPlacements(TicketState ticket)
    {
        var signal = AdvocateSignal.Of(ticket);
        if (ticket.Escalated) yield return InMonth(signal);
        yield return new Placement(AdvocateSignal.OpenTickets, signal.Row, ticket.IsOpen ? signal : null);
    }

    /// <summary>
    /// Copies the record, then reads it again: two consumers handling two events of one record may each read a
    /// different version, and the slower one could file the older copy last. Whoever sees a change after writing
    /// writes again, so the last copy written is never older than the record. The first copy is of the record as this
    /// event's projections left it; the check after writing must read storage.
    /// </summary>
    private async Task SyncAsync<T>(KnownRecords known, IRecordStore<T> records, string partition, string row, Func<T, IEnumerable<Placement>> place, CancellationToken cancellationToken) where T : class
    {
        var record = await known.FindAsync(records, partition, row, cancellationToken);
        for (var round = 1; record is not null; round++)
        {
            foreach (var (signalPartition, signalRow, signal) in place(record))
            {
                if (signal is null) await signals.DeleteAsync(signalPartition, signalRow, cancellationToken);
                else await signals.UpsertAsync(signalPartition, signalRow, signal, cancellationToken);
            }
            if (round == MaxRounds) return;
            var again = await records.FindAsync(partition, row, cancellationToken);
            if (Same(record, again)) return;
            record = again;
        }
    }

    // Records compare lists by reference; their JSON compares content.
    private static bool Same<T>(T record, T? again) =>
        again is not null && JsonSerializer.Serialize(record, EventJson.Options) == JsonSerializer.Serialize(again, EventJson.Options);
}
