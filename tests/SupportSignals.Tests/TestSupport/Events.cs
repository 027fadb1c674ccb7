using SupportSignals.Events;

namespace SupportSignals.Tests.TestSupport;

/// <summary>Canonical events for scenario tests, with readable defaults.</summary>
public static class Events
{
    public static readonly DateTimeOffset Day0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static CanonicalEvent Subscription(string id, string account, int day, string status, long mrrMinor, string currency = "EUR", long? beforeMinor = null) => new()
    {
        Id = id,
        Source = "generic",
        Type = EventType.SubscriptionChanged,
        OccurredAt = Day0.AddDays(day),
        AccountId = account,
        Subscription = new SubscriptionInfo
        {
            Id = "sub-" + account,
            Status = status,
            MrrAfter = new Money(mrrMinor, currency),
            MrrBefore = beforeMinor is { } before ? new Money(before, currency) : null,
        },
    };

    public static CanonicalEvent Cancellation(string id, string account, int day, bool scheduled) => new()
    {
        Id = id,
        Source = "generic",
        Type = scheduled ? EventType.CancellationScheduled : EventType.CancellationWithdrawn,
        OccurredAt = Day0.AddDays(day),
        AccountId = account,
        Subscription = new SubscriptionInfo { Id = "sub-" + account, Status = SubscriptionStatus.Active, MrrAfter = new Money(0, "EUR"), CancelAt = Day0.AddDays(day + 30) },
    };

    public static CanonicalEvent Ticket(string id, string ticketId, int day, EventType type = EventType.TicketCreated, string? status = "open", string[]? tags = null, string account = "acc-1", double hour = 0) => new()
    {
        Id = id,
        Source = "generic",
        Type = type,
        OccurredAt = Day0.AddDays(day).AddHours(hour),
        AccountId = account,
        ContactId = "con-1",
        AgentId = "ag-1",
        Ticket = new TicketInfo { Id = ticketId, Status = status, Tags = tags ?? [] },
    };

    public static CanonicalEvent Reply(string id, string ticketId, int day, double hour, bool isPublic = true) => new()
    {
        Id = id,
        Source = "generic",
        Type = EventType.AgentReplied,
        OccurredAt = Day0.AddDays(day).AddHours(hour),
        AgentId = "ag-1",
        Reply = new ReplyInfo { TicketId = ticketId, Public = isPublic },
    };

    public static CanonicalEvent Nps(string id, string responseId, int day, int score, string? comment, string contact = "con-1", string account = "acc-1") => new()
    {
        Id = id,
        Source = "generic",
        Type = EventType.NpsResponded,
        OccurredAt = Day0.AddDays(day),
        AccountId = account,
        ContactId = contact,
        Nps = new NpsInfo { ResponseId = responseId, Score = score, Comment = comment },
    };
}
