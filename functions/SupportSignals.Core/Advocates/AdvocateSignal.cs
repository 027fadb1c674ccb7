using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Advocates;

public static class SignalKind
{
    public const string Nps = FeedbackKind.Nps;
    public const string Review = FeedbackKind.Review;
    public const string Csat = FeedbackKind.Csat;
    public const string Ticket = "ticket";
}

/// <summary>
/// The advocate index (table "AdvocateSignals"): a copy of each NPS response, review, CSAT rating and escalated
/// ticket, filed under the UTC month of the time it was last changed (its AsOf), so an advocate list for the last
/// 90 days reads four partitions instead of every table's history. Open tickets are also filed in the one
/// partition <see cref="OpenTickets"/>, because a ticket can stay open for longer than any window. A record changed
/// in a later month leaves its older copy behind; readers keep the copy with the latest AsOf (<see cref="Latest"/>).
/// Free text is cut to <see cref="MaxTextLength"/> characters: the list shows an excerpt, never a whole comment.
/// </summary>
public sealed record AdvocateSignal
{
    /// <summary>One of <see cref="SignalKind"/>; exactly the matching section is set.</summary>
    public required string Kind { get; init; }
    public string? ContactId { get; init; }
    public string? AccountId { get; init; }
    public required DateTimeOffset AsOf { get; init; }
    public NpsResponse? Nps { get; init; }
    public Review? Review { get; init; }
    public CsatRating? Csat { get; init; }
    public TicketState? Ticket { get; init; }

    public const string TableName = "AdvocateSignals";
    public const string OpenTickets = "open-tickets";
    public const int MaxTextLength = 500;

    public string Row => Kind switch
    {
        SignalKind.Nps => RowOf(Kind, Nps!.Source, Nps.ResponseId),
        SignalKind.Review => RowOf(Kind, Review!.Source, Review.Id),
        SignalKind.Csat => RowOf(Kind, Csat!.Source, Csat.Id),
        _ => RowOf(Kind, Ticket!.Source, Ticket.Id),
    };

    public static string RowOf(string kind, string source, string id) => $"{kind}|{StorageKeys.Escape(source)}|{StorageKeys.Escape(id)}";

    public static AdvocateSignal Of(NpsResponse response) => new()
    {
        Kind = SignalKind.Nps,
        ContactId = response.ContactId,
        AccountId = response.AccountId,
        AsOf = response.AsOf,
        Nps = response with { Comment = Cap(response.Comment) },
    };

    public static AdvocateSignal Of(Review review) => new()
    {
        Kind = SignalKind.Review,
        ContactId = review.ContactId,
        AccountId = review.AccountId,
        AsOf = review.AsOf,
        Review = review with { Title = Cap(review.Title), Text = Cap(review.Text) },
    };

    public static AdvocateSignal Of(CsatRating rating) => new()
    {
        Kind = SignalKind.Csat,
        ContactId = rating.ContactId,
        AccountId = rating.AccountId,
        AsOf = rating.RatedAt,
        Csat = rating with { Comment = null },
    };

    public static AdvocateSignal Of(TicketState ticket) => new()
    {
        Kind = SignalKind.Ticket,
        ContactId = ticket.ContactId,
        AccountId = ticket.AccountId,
        AsOf = ticket.UpdatedAsOf ?? ticket.CreatedAt ?? default,
        Ticket = ticket with { Subject = null, CustomFields = new Dictionary<string, string>() },
    };

    /// <summary>Of several copies of one record (from different months), the one changed last.</summary>
    public static IReadOnlyList<AdvocateSignal> Latest(IEnumerable<AdvocateSignal> signals) =>
        [.. signals.GroupBy(s => s.Row, StringComparer.Ordinal).Select(copies => copies.MaxBy(s => s.AsOf)!)];

    private static string? Cap(string? text)
    {
        if (text is null || text.Length <= MaxTextLength) return text;
        var length = char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return text[..length];
    }
}
