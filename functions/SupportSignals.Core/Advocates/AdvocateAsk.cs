using SupportSignals.Storage;

namespace SupportSignals.Advocates;

public static class AskPurpose
{
    public const string Review = "review";
    public const string Reference = "reference";
    public const string CaseStudy = "case_study";

    public static readonly IReadOnlyList<string> All = [Review, Reference, CaseStudy];
}

/// <summary>
/// Marketing asked a contact for a review, reference or case study. Table "AdvocateAsks", PartitionKey = the month
/// asked (the cooldown check reads only the months it spans), RowKey = "{contact}|{time}".
/// </summary>
public sealed record AdvocateAsk
{
    public required string ContactId { get; init; }
    public required DateTimeOffset AskedAt { get; init; }
    /// <summary>One of <see cref="AskPurpose"/>.</summary>
    public required string Purpose { get; init; }
    /// <summary>Marketing's free text: personal data, erased with the contact.</summary>
    public string? Note { get; init; }

    public const string TableName = "AdvocateAsks";
    public const int MaxNoteLength = 1000;

    public static string PartitionOf(DateTimeOffset askedAt) => Months.Key(askedAt);

    public static string RowOf(string contactId, DateTimeOffset askedAt) => $"{StorageKeys.Escape(contactId)}|{StorageKeys.Time(askedAt)}";
}
