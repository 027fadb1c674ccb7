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

    public Task ProjectAsync(CanonicalEvent e, CancellationToken cancellationToken = default) => e.Type switch
    {
        EventType.NpsResponded => SyncAsync(
            () => nps.FindAsync(NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId), cancellationToken),
            response => [InMonth(AdvocateSignal.Of(response))], cancellationToken),
        EventType.ReviewPublished or EventType.ReviewDeleted => SyncAsync(
            () => reviews.FindAsync(Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id), cancellationToken),
            review => [InMonth(AdvocateSignal.Of(review))], cancellationToken),
        EventType.CsatRated => SyncAsync(
            () => csat.FindAsync(CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e), cancellationToken),
            rating => [InMonth(AdvocateSignal.Of(rating))], cancellationToken),
        _ when e.Ticket is { } ticket => SyncAsync(
            () => tickets.FindAsync(TicketState.PartitionOf(e.Source, ticket.Id), TicketState.Row, cancellationToken),
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
    /// writes again, so the last copy written is never older than the record.
    /// </summary>
    private async Task SyncAsync<T>(Func<Task<T?>> read, Func<T, IEnumerable<Placement>> place, CancellationToken cancellationToken) where T : class
    {
        for (var round = 1; ; round++)
        {
            var record = await read();
            if (record is null) return;
            foreach (var (partition, row, signal) in place(record))
            {
                if (signal is null) await signals.DeleteAsync(partition, row, cancellationToken);
                else await signals.UpsertAsync(partition, row, signal, cancellationToken);
            }
            if (round == MaxRounds || Same(record, await read())) return;
        }
    }

    // Records compare lists by reference; their JSON compares content.
    private static bool Same<T>(T record, T? again) =>
        again is not null && JsonSerializer.Serialize(record, EventJson.Options) == JsonSerializer.Serialize(again, EventJson.Options);
}
