using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

/// <summary>
/// Analyses NPS comments, review texts and CSAT remarks once they are stored (after <see cref="FeedbackProjection"/>,
/// so a Delighted score-then-comment pair is analysed as the one response it becomes), and keeps the service
/// mentions. A redelivered event whose text and score are unchanged costs no analysis, unless the analyzer has changed
/// since.
/// </summary>
public sealed class FeedbackAnalysisProjection(
    ISentimentAnalyzer analyzer,
    IRecordStore<FeedbackAnalysis> analyses,
    IRecordStore<NpsResponse> nps,
    IRecordStore<Review> reviews,
    IRecordStore<CsatRating> csat,
    TimeProvider clock) : IEventProjection
{
    /// <param name="Created">This event's projections created the record just now.</param>
    private sealed record Feedback(string Kind, string Id, string? AccountId, string? ContactId, int? Score, DateTimeOffset GivenAt, string? Text, string? Language, bool Created);

    public async Task ProjectAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken = default)
    {
        var feedback = await FindAsync(e, known, cancellationToken);
        if (feedback?.Text is not { Length: > 0 } text) return;

        var partition = FeedbackAnalysis.PartitionOf(feedback.Kind, e.Source);
        var row = FeedbackAnalysis.RowOf(feedback.Id);
        // A record created just now has never been analysed: reading its analysis would only find nothing.
        if (feedback.Created) known.AssumeAbsent(analyses, partition, row);
        var existing = await known.FindAsync(analyses, partition, row, cancellationToken);
        if (existing is not null && existing.Text == text && existing.Score == feedback.Score && existing.Error is null && existing.AnalyzerVersion == analyzer.Version) return;

        var result = (await analyzer.AnalyzeAsync([new AnalysisRequest(feedback.Id, text, feedback.Language)], cancellationToken))[0];
        var at = clock.GetUtcNow();
        var fresh = new FeedbackAnalysis
        {
            Kind = feedback.Kind,
            Source = e.Source,
            FeedbackId = feedback.Id,
            AccountId = feedback.AccountId,
            ContactId = feedback.ContactId,
            Score = feedback.Score,
            GivenAt = feedback.GivenAt,
            Text = text,
            Language = result.Language,
            Polarity = result.Polarity,
            AnalysedAt = at,
        };
        await known.UpsertAsync(analyses, partition, row, fresh.AnalysedAs(result, analyzer.Version, at), cancellationToken);
    }

    /// <summary>All mentions agree: their polarity; positive and negative together: mixed.</summary>
    public static Polarity? ServicePolarity(IReadOnlyList<ServiceMention> mentions)
    {
        if (mentions.Count == 0) return null;
        var positive = mentions.Any(m => m.Polarity is Polarity.Positive or Polarity.Mixed);
        var negative = mentions.Any(m => m.Polarity is Polarity.Negative or Polarity.Mixed);
        return (positive, negative) switch
        {
            (true, true) => Polarity.Mixed,
            (true, false) => Polarity.Positive,
            (false, true) => Polarity.Negative,
            _ => Polarity.Neutral,
        };
    }

    private async Task<Feedback?> FindAsync(CanonicalEvent e, KnownRecords known, CancellationToken cancellationToken)
    {
        switch (e.Type)
        {
            case EventType.NpsResponded:
                var (npsPartition, npsRow) = (NpsResponse.PartitionOf(e.Source), NpsResponse.RowOf(e.Nps!.ResponseId));
                var response = await known.FindAsync(nps, npsPartition, npsRow, cancellationToken);
                return response is null ? null : new(FeedbackKind.Nps, response.ResponseId, response.AccountId, response.ContactId, response.Score, response.RespondedAt, response.Comment, null,
                    known.Created(nps, npsPartition, npsRow));
            case EventType.ReviewPublished:
                var (reviewPartition, reviewRow) = (Review.PartitionOf(e.Source), Review.RowOf(e.Review!.Id));
                var review = await known.FindAsync(reviews, reviewPartition, reviewRow, cancellationToken);
                var text = string.Join(". ", new[] { review?.Title, review?.Text }.Where(t => !string.IsNullOrWhiteSpace(t)));
                return review is null || review.Deleted ? null : new(FeedbackKind.Review, review.Id, review.AccountId, review.ContactId, review.Stars, review.PublishedAt, text, review.Language,
                    known.Created(reviews, reviewPartition, reviewRow));
            case EventType.CsatRated:
                var (csatPartition, csatRow) = (CsatRating.PartitionOf(e.Source), CsatRating.RowOf(e));
                var rating = await known.FindAsync(csat, csatPartition, csatRow, cancellationToken);
                return rating is null ? null : new(FeedbackKind.Csat, rating.Id, rating.AccountId, rating.ContactId, rating.Satisfied ? 1 : 0, rating.RatedAt, rating.Comment, null,
                    known.Created(csat, csatPartition, csatRow));
            default:
                return null;
        }
    }
}
