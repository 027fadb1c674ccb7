using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Retention;

/// <summary>
/// Keeps the per-day facts the nightly summary reads, from the rows the foundation's projections (tickets,
/// feedback) and the sentiment projection (FeedbackAnalyses) have just written: it must run after them.
/// </summary>
public sealed class DailyFactsProjection(
    IRecordStore<NpsResponse> nps,
    IRecordStore<CsatRating> csat,
    IRecordStore<Review> reviews,
    IRecordStore<TicketState> tickets,
    IRecordStore<FeedbackAnalysis> analyses,
    FactFiling<NpsInputs> npsFacts,
    FactFiling<CsatInputs> csatFacts,
    FactFiling<TicketInputs> ticketFacts,
    FactFiling<FeedbackInputs> feedbackFacts) : IEventProjection
{
    // A fact entity derived from a record this event created has most likely never been filed: see FactFiling.
    public async Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default)
    {
        switch (e.Type)
        {
            case EventType.NpsResponded:
                var (npsPartition, npsRow) = (NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId));
                if (await known.FindAsync(nps, npsPartition, npsRow, cancellationToken) is { } response)
                {
                    await npsFacts.FileAsync(NpsInputs.From(response), known.Created(nps, npsPartition, npsRow), cancellationToken);
                    await FileFeedbackAsync(known, FeedbackKind.Nps, e.Source, response.ResponseId, response.RespondedAt, deleted: false, cancellationToken);
                }
                break;
            case EventType.CsatRated:
                var (csatPartition, csatRow) = (CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e));
                if (await known.FindAsync(csat, csatPartition, csatRow, cancellationToken) is { } rating)
                {
                    await csatFacts.FileAsync(CsatInputs.From(rating), known.Created(csat, csatPartition, csatRow), cancellationToken);
                    await FileFeedbackAsync(known, FeedbackKind.Csat, e.Source, rating.Id, rating.RatedAt, deleted: false, cancellationToken);
                }
                break;
            case EventType.ReviewPublished or EventType.ReviewDeleted:
                if (await known.FindAsync(reviews, Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id), cancellationToken) is { } review)
                    await FileFeedbackAsync(known, FeedbackKind.Review, e.Source, review.Id, review.PublishedAt, review.Deleted, cancellationToken);
                break;
            case EventType.TicketCreated or EventType.TicketUpdated or EventType.TicketSolved or EventType.AgentReplied:
                if ((e.Ticket?.Id ?? e.Reply?.TicketId) is not { } ticketId) break;
                var ticketPartition = TicketState.PartitionOf(e.Source, ticketId);
                if (await known.FindAsync(tickets, ticketPartition, TicketState.Row, cancellationToken) is { } ticket)
                    await ticketFacts.FileAsync(TicketInputs.From(ticket), known.Created(tickets, ticketPartition, TicketState.Row), cancellationToken);
                break;
        }
    }

    private async Task FileFeedbackAsync(KnownRecords known, string kind, string source, string feedbackId, DateTimeOffset givenAt, bool deleted, CancellationToken cancellationToken)
    {
        var (partition, row) = (FeedbackAnalysis.PartitionOf(kind, source), FeedbackAnalysis.RowOf(feedbackId));
        if (await known.FindAsync(analyses, partition, row, cancellationToken) is { } analysis)
            await feedbackFacts.FileAsync(FeedbackInputs.From(analysis, givenAt, deleted), known.Created(analyses, partition, row), cancellationToken);
    }
}
