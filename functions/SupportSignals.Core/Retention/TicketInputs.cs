using System.Text.Json.Serialization;
using SupportSignals.Processing;
using SupportSignals.Tickets;

namespace SupportSignals.Retention;

/// <summary>
/// A ticket's response and resolution times (DOMAIN.md), each counted on the day it was reached: first response
/// on the day of the first public reply, first resolution on the day first solved, full resolution on the day last
/// solved, and only while the ticket stays solved (a reopened ticket withdraws it until solved for good).
/// </summary>
public sealed record TicketInputs : IFactInputs<TicketInputs>
{
    public required string Source { get; init; }
    public required string TicketId { get; init; }
    public string? AccountId { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? FirstReplyAt { get; init; }
    public DateTimeOffset? FirstSolvedAt { get; init; }
    public DateTimeOffset? LastSolvedAt { get; init; }
    public bool Open { get; init; }
    public DateTimeOffset? StatusAsOf { get; init; }

    [JsonIgnore] public string Group => "ticket";
    [JsonIgnore] public string Key => $"{Source}:{TicketId}";

    public static TicketInputs From(TicketState ticket) => new()
    {
        Source = ticket.Source,
        TicketId = ticket.Id,
        AccountId = ticket.AccountId,
        CreatedAt = ticket.CreatedAt,
        FirstReplyAt = ticket.FirstPublicReplyAt,
        FirstSolvedAt = ticket.FirstSolvedAt,
        LastSolvedAt = ticket.LastSolvedAt,
        Open = ticket.IsOpen,
        StatusAsOf = ticket.UpdatedAsOf,
    };

    public TicketInputs Join(TicketInputs candidate) => (Newer(candidate.StatusAsOf, StatusAsOf) ? candidate : this) with
    {
        AccountId = AccountId ?? candidate.AccountId,
        CreatedAt = Earliest(CreatedAt, candidate.CreatedAt),
        FirstReplyAt = Earliest(FirstReplyAt, candidate.FirstReplyAt),
        FirstSolvedAt = Earliest(FirstSolvedAt, candidate.FirstSolvedAt),
        LastSolvedAt = Latest(LastSolvedAt, candidate.LastSolvedAt),
    };

    public IReadOnlyList<DailyFact> Facts()
    {
        var facts = new List<DailyFact>();
        if (CreatedAt is not { } created) return facts;
        if (FirstReplyAt is { } reply) facts.Add(Duration(FactKind.FirstResponse, created, reply));
        if (FirstSolvedAt is { } firstSolved) facts.Add(Duration(FactKind.FirstResolution, created, firstSolved));
        if (LastSolvedAt is { } lastSolved && !Open) facts.Add(Duration(FactKind.FullResolution, created, lastSolved));
        return facts;
    }

    private DailyFact Duration(string kind, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Kind = kind,
        Key = Key,
        At = to,
        AccountId = AccountId,
        Source = Source,
        EntityId = TicketId,
        // Clocks of different systems can put a reply a moment before the ticket's creation: that is no wait at all.
        Seconds = Math.Max(0, (long)Math.Floor((to - from).TotalSeconds)),
    };

    private static bool Newer(DateTimeOffset? candidate, DateTimeOffset? current) => current is null || (candidate is { } c && c >= current);

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => b is { } candidate ? Freshness.Earliest(a, candidate) : a;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => b is { } candidate ? Freshness.Latest(a, candidate) : a;
}
