using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Feedback;

/// <summary>A public review (Trustpilot, G2, ...); an edit replaces it, a deletion marks it deleted.</summary>
public sealed record Review
{
    public required string Source { get; init; }
    public required string Id { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    public int Stars { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Platform { get; init; }
    public string? Language { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required DateTimeOffset AsOf { get; init; }
    public bool Deleted { get; init; }

    public static string PartitionOf(string source) => StorageKeys.Escape(source);

    public static string RowOf(string reviewId) => StorageKeys.Escape(reviewId);

    public static Review? Apply(Review? current, CanonicalEvent e)
    {
        if (e.Review is not { } review || (current is not null && !Freshness.Supersedes(e.OccurredAt, current.AsOf))) return null;
        var next = e.Type == EventType.ReviewDeleted
            ? (current ?? new Review { Source = e.Source, Id = review.Id, PublishedAt = e.OccurredAt, AsOf = e.OccurredAt }) with { Deleted = true, AsOf = e.OccurredAt }
            : new Review
            {
                Source = e.Source,
                Id = review.Id,
                AccountId = e.AccountId ?? current?.AccountId,
                ContactId = e.ContactId ?? current?.ContactId,
                Stars = review.Stars,
                Title = review.Title,
                Text = review.Text,
                Platform = review.Platform,
                Language = review.Language,
                PublishedAt = current?.PublishedAt ?? e.OccurredAt,
                AsOf = e.OccurredAt,
                Deleted = current?.Deleted ?? false,
            };
        return next == current ? null : next;
    }
}
