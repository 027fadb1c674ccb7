using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Feedback;

/// <summary>
/// Keeps NPS responses, CSAT ratings and reviews, each merged by its own identity. Most are created by their first
/// event, so a record not seen lately is inserted without a read (<see cref="InsertOrUpdate"/>).
/// </summary>
public sealed class FeedbackProjection(
    IRecordStore<NpsResponse> nps,
    IRecordStore<CsatRating> csat,
    IRecordStore<Review> reviews) : IEventProjection
{
    // Several pieces of one record (Delighted's score, then its comment; a review's edits) follow within minutes.
    private const int Remembered = 20_000;
    private readonly RecentKeys _storedResponses = new(Remembered);
    private readonly RecentKeys _storedRatings = new(Remembered);
    private readonly RecentKeys _storedReviews = new(Remembered);

    public Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default) => e.Type switch
    {
        EventType.NpsResponded => known.UpdateAsync(nps, _storedResponses, NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId), current => NpsResponse.Apply(current, e), cancellationToken),
        EventType.CsatRated => known.UpdateAsync(csat, _storedRatings, CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e), current => CsatRating.Apply(current, e), cancellationToken),
        EventType.ReviewPublished or EventType.ReviewDeleted => known.UpdateAsync(reviews, _storedReviews, Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id), current => Review.Apply(current, e), cancellationToken),
        _ => Task.CompletedTask,
    };
}
