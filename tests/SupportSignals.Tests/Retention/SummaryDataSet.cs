using SupportSignals.Attribution;
using SupportSignals.Events;
using SupportSignals.Leads;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// The fixed data set the summary's figures are checked against; the expected figures are worked out by hand in
/// <see cref="SummaryFiguresTests"/>. The summary day is 2026-11-20: month to date is Nov 1–20, trailing 30 days
/// Oct 22–Nov 20, trailing 90 days Aug 23–Nov 20.
/// </summary>
public static class SummaryDataSet
{
    public static readonly DateOnly Day = new(2026, 11, 20);

    public static DateTimeOffset At(int month, int day, int hour = 12, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static int _sequence;

    private static CanonicalEvent Event(EventType type, DateTimeOffset at, string? account = null) => new()
    {
        Id = $"ds-{Interlocked.Increment(ref _sequence)}",
        Source = "generic",
        Type = type,
        OccurredAt = at,
        AccountId = account,
        ContactId = account is null ? null : "con-" + account,
    };

    public static CanonicalEvent Profile(string account, string plan, string region, DateTimeOffset at) =>
        Event(EventType.AccountUpdated, at, account) with { Account = new AccountInfo { Name = account, Plan = plan, Region = region } };

    public static CanonicalEvent Subscription(string account, DateTimeOffset at, string status, long mrr, string currency) =>
        Event(EventType.SubscriptionChanged, at, account) with
        {
            Subscription = new SubscriptionInfo { Id = "sub-" + account, Status = status, MrrAfter = new Money(mrr, currency) },
        };

    public static CanonicalEvent Nps(string response, DateTimeOffset at, int score, string? comment, string account = "a1") =>
        Event(EventType.NpsResponded, at, account) with { Nps = new NpsInfo { ResponseId = response, Score = score, Comment = comment } };

    public static CanonicalEvent Csat(string ticket, DateTimeOffset at, bool satisfied, string account = "a1") =>
        Event(EventType.CsatRated, at, account) with
        {
            Csat = new CsatInfo { TicketId = ticket, Value = satisfied ? "good" : "bad", Scale = "good_bad", Satisfied = satisfied },
        };

    public static CanonicalEvent Review(string review, DateTimeOffset at, int stars, string text, bool deleted = false) =>
        Event(deleted ? EventType.ReviewDeleted : EventType.ReviewPublished, at) with
        {
            Review = new ReviewInfo { Id = review, Stars = stars, Text = text, Platform = "trustpilot" },
        };

    public static CanonicalEvent Ticket(string ticket, EventType type, DateTimeOffset at, string status, string account = "a1") =>
        Event(type, at, account) with { Ticket = new TicketInfo { Id = ticket, Status = status } };

    public static CanonicalEvent Reply(string ticket, DateTimeOffset at, bool isPublic = true) =>
        Event(EventType.AgentReplied, at) with { Reply = new ReplyInfo { TicketId = ticket, Public = isPublic } };

    /// <summary>Seven accounts in two currencies. a2 churns and comes back; a5 goes past due (not churn); a6 is new.</summary>
    public static IReadOnlyList<CanonicalEvent> Accounts() =>
    [
        Profile("a1", "pro", "EU", At(7, 1)), Profile("a2", "starter", "EU", At(7, 1)), Profile("a3", "starter", "EU", At(7, 1)),
        Profile("a4", "pro", "US", At(7, 1)), Profile("a5", "starter", "US", At(7, 1)), Profile("a6", "pro", "US", At(7, 1)),
        Profile("a7", "enterprise", "EU", At(7, 1)),
        Subscription("a7", At(8, 1), SubscriptionStatus.Active, 10_000, "EUR"),
        Subscription("a1", At(10, 1), SubscriptionStatus.Active, 10_000, "EUR"),
        Subscription("a2", At(10, 1), SubscriptionStatus.Active, 20_000, "EUR"),
        Subscription("a3", At(10, 1), SubscriptionStatus.Active, 5_000, "EUR"),
        Subscription("a4", At(10, 1), SubscriptionStatus.Active, 30_000, "USD"),
        Subscription("a5", At(10, 1), SubscriptionStatus.Active, 8_000, "USD"),
        Subscription("a5", At(11, 3), SubscriptionStatus.PastDue, 8_000, "USD"),
        Subscription("a2", At(11, 5), SubscriptionStatus.Canceled, 0, "EUR"),
        Subscription("a6", At(11, 8), SubscriptionStatus.Active, 9_000, "USD"),
        Subscription("a1", At(11, 10), SubscriptionStatus.Active, 15_000, "EUR"),
        Subscription("a3", At(11, 12), SubscriptionStatus.Canceled, 0, "EUR"),
        Subscription("a2", At(11, 15), SubscriptionStatus.Active, 20_000, "EUR"),
        Subscription("a4", At(11, 20, 9), SubscriptionStatus.Active, 20_000, "USD"),
    ];

    /// <summary>NPS responses, one given as score then comment, one whose earlier score arrives after its comment.</summary>
    public static IReadOnlyList<CanonicalEvent> NpsResponses() =>
    [
        Nps("r5", At(10, 25), 6, "waited ages [speed-]", "a3"),
        Nps("r1", At(11, 3), 10, "fast support [speed+]", "a1"),
        Nps("r3", At(11, 10), 7, "they did not know [knowledge-]", "a4"),
        Nps("r4", At(11, 12), 3, "slow answers [speed-] but kind [friendly+]", "a3"),
        Nps("r2", At(11, 20, 8), 9, null, "a2"),
        Nps("r2", At(11, 20, 8, 5), 9, "great product", "a2"),
        // r6: the comment (Nov 20) is delivered before the score given the evening before.
        Nps("r6", At(11, 20, 10), 10, "agents know their stuff [knowledge+]", "a7"),
        Nps("r6", At(11, 19, 23, 30), 10, null, "a7"),
    ];

    public static IReadOnlyList<CanonicalEvent> Ratings() =>
    [
        Csat("c1", At(11, 5), satisfied: true),
        Csat("c2", At(11, 6), satisfied: false),
        Csat("c4", At(11, 7), satisfied: false),
        Csat("c4", At(11, 8), satisfied: true),
        Csat("c3", At(11, 20, 14), satisfied: true, "a4"),
    ];

    public static IReadOnlyList<CanonicalEvent> Reviews() =>
    [
        Review("rv1", At(11, 10), 5, "The support team was amazing [friendly+]"),
        Review("rv2", At(11, 11), 1, "The product crashes"),
        Review("rv3", At(11, 12), 2, "nobody answered [speed-]"),
        Review("rv3", At(11, 13), 2, "nobody answered [speed-]", deleted: true),
    ];

    /// <summary>
    /// t1 simple; t2 created the evening before, solved, reopened and solved again; t3 solved then reopened and
    /// still open; t4 answered first by an internal note, which does not count.
    /// </summary>
    public static IReadOnlyList<CanonicalEvent> Tickets() =>
    [
        Ticket("t1", EventType.TicketCreated, At(11, 20, 8), TicketStatus.Open),
        Reply("t1", At(11, 20, 9)),
        Ticket("t1", EventType.TicketSolved, At(11, 20, 12), TicketStatus.Solved),
        Ticket("t2", EventType.TicketCreated, At(11, 19, 22), TicketStatus.Open),
        Reply("t2", At(11, 20, 0, 30)),
        Ticket("t2", EventType.TicketSolved, At(11, 20, 2), TicketStatus.Solved),
        Ticket("t2", EventType.TicketUpdated, At(11, 20, 5), TicketStatus.Open),
        Ticket("t2", EventType.TicketSolved, At(11, 20, 10), TicketStatus.Solved),
        Ticket("t3", EventType.TicketCreated, At(11, 18, 10), TicketStatus.Open, "a4"),
        Reply("t3", At(11, 18, 10, 30)),
        Ticket("t3", EventType.TicketSolved, At(11, 20, 10), TicketStatus.Solved, "a4"),
        Ticket("t3", EventType.TicketUpdated, At(11, 20, 15), TicketStatus.Open, "a4"),
        Ticket("t4", EventType.TicketCreated, At(11, 20, 6), TicketStatus.Open),
        Reply("t4", At(11, 20, 6, 10), isPublic: false),
        Reply("t4", At(11, 20, 7)),
    ];

    /// <summary>Built once, so a second processing is a redelivery of the same events (same ids).</summary>
    public static IReadOnlyList<CanonicalEvent> All() => AllEvents;

    private static readonly IReadOnlyList<CanonicalEvent> AllEvents = [.. Accounts(), .. NpsResponses(), .. Ratings(), .. Reviews(), .. Tickets()];

    public static IReadOnlyList<ServiceQualifiedLead> Sqls() =>
    [
        Sql("s1", At(11, 2), SqlStatus.Won, accepted: At(11, 3), closed: At(11, 10), won: new Money(5_000, "EUR")),
        Sql("s2", At(11, 5), SqlStatus.Lost, accepted: At(11, 6), closed: At(11, 15)),
        Sql("s3", At(11, 8), SqlStatus.Open),
        Sql("s4", At(11, 12), SqlStatus.Won, closed: At(11, 20, 16), won: new Money(3_000, "USD")),
        Sql("s5", At(10, 25), SqlStatus.Won, accepted: At(10, 26), closed: At(11, 5), won: new Money(2_000, "EUR")),
    ];

    public static IReadOnlyList<AttributionRecord> Credits() =>
    [
        Credit("cs1", AttributionRule.ChurnSave, At(11, 14), new Money(20_000, "EUR")),
        Credit("cs2", AttributionRule.ChurnSave, At(11, 20, 18), new Money(8_000, "USD")),
        Credit("sw1", AttributionRule.SqlWon, At(11, 10), new Money(5_000, "EUR")),
    ];

    private static ServiceQualifiedLead Sql(string id, DateTimeOffset flagged, string status, DateTimeOffset? accepted = null, DateTimeOffset? closed = null, Money? won = null) => new()
    {
        Id = "generic:" + id,
        Source = "generic",
        TicketId = id,
        AccountId = "a1",
        FlaggedAt = flagged,
        Status = status,
        AcceptedAt = accepted,
        ClosedAt = closed,
        WonMrr = won,
        AsOf = closed ?? accepted ?? flagged,
    };

    private static AttributionRecord Credit(string id, string rule, DateTimeOffset credited, Money mrr) => new()
    {
        Id = id,
        Rule = rule,
        AccountId = "a2",
        InteractionSource = "generic",
        InteractionId = "t-" + id,
        Mrr = mrr,
        Arr = mrr.TimesTwelve(),
        WindowStart = credited.AddDays(-30),
        WindowEnd = credited,
        CreditedAt = credited,
    };

    /// <summary>
    /// Processes the data set in time order, except r6's score, delivered after its comment; then stores the
    /// SQLs and credits (whose producers are the leads area's) and sets the clock to the night after the day.
    /// </summary>
    public static async Task<SummaryWorld> LoadAsync(SummaryWorld? world = null, bool reversed = false)
    {
        world ??= new SummaryWorld();
        var events = All();
        var late = events.Single(e => e.Nps is { ResponseId: "r6", Comment: null });
        await world.ProcessAsync(reversed
            ? [.. events.OrderByDescending(e => e.OccurredAt)]
            : [.. events.Where(e => e != late).OrderBy(e => e.OccurredAt), late]);
        foreach (var sql in Sqls()) await world.Sqls.UpsertAsync(ServiceQualifiedLead.PartitionOf(sql.AccountId), sql.Id, sql);
        foreach (var credit in Credits()) await world.Credits.UpsertAsync(AttributionRecord.PartitionOf(credit.AccountId), credit.Id, credit);
        world.SetNow(At(11, 21, 2, 30));
        return world;
    }
}
