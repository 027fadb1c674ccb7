using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Feedback;

/// <summary>Keeps NPS responses, CSAT ratings and reviews, each merged by its own identity.</summary>
public sealed class FeedbackProjection(
    IRecordStore<NpsResponse> nps,
    IRecordStore<CsatRating> csat,
    IRecordStore<Review> reviews) : IEventProjection
{
    public Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default) => e.Type switch
    {
        EventType.NpsResponded => known.UpdateAsync(nps, NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId), current => NpsResponse.Apply(current, e), cancellationToken),
        EventType.CsatRated => known.UpdateAsync(csat, CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e), current => CsatRating.Apply(current, e), cancellationToken),
        EventType.ReviewPublished or EventType.ReviewDeleted => known.UpdateAsync(reviews, Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id), current => Review.Apply(current, e), cancellationToken),
        _ => Task.CompletedTask,
    };
}
