using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Feedback;

/// <summary>
/// One NPS survey response. Score and comment may arrive as separate events (Delighted sends the score first):
/// both update the same row, and a comment is never erased by an event that lacks one.
/// </summary>
public sealed record NpsResponse
{
    public required string Source { get; init; }
    public required string ResponseId { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    public required int Score { get; init; }
    public string? Comment { get; init; }
    /// <summary>When the response was first given: the period it counts in.</summary>
    public required DateTimeOffset RespondedAt { get; init; }
    public required DateTimeOffset AsOf { get; init; }

    public static string PartitionOf(string source) => StorageKeys.Escape(source);

    public static string RowOf(string responseId) => StorageKeys.Escape(responseId);

    public static NpsResponse? Apply(NpsResponse? current, CanonicalEvent e)
    {
        if (e.Nps is not { } nps) return null;
        if (current is null)
        {
            return new NpsResponse
            {
                Source = e.Source,
                ResponseId = nps.ResponseId,
                AccountId = e.AccountId,
                ContactId = e.ContactId,
                Score = nps.Score,
                Comment = nps.Comment,
                RespondedAt = e.OccurredAt,
                AsOf = e.OccurredAt,
            };
        }
        var newer = Freshness.Supersedes(e.OccurredAt, current.AsOf);
        var next = current with
        {
            AccountId = current.AccountId ?? e.AccountId,
            ContactId = current.ContactId ?? e.ContactId,
            Score = newer ? nps.Score : current.Score,
            Comment = newer ? nps.Comment ?? current.Comment : current.Comment ?? nps.Comment,
            RespondedAt = e.OccurredAt < current.RespondedAt ? e.OccurredAt : current.RespondedAt,
            AsOf = newer ? e.OccurredAt : current.AsOf,
        };
        return next == current ? null : next;
    }
}
