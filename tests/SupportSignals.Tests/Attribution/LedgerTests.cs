using SupportSignals.Attribution;
using SupportSignals.Events;
using SupportSignals.Leads;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Attribution;

/// <summary>Scenario tests over realistic event sequences, asserting the exact ledger.</summary>
public sealed class LedgerTests
{
    private static readonly AttributionOptions Options = new();
    private static readonly DateTimeOffset Later = Day0.AddDays(400);

    private static ServiceQualifiedLead Sql(string ticket, int day, string status = SqlStatus.Open, string account = "acc-1") => new()
    {
        Id = $"generic:{ticket}",
        Source = "generic",
        TicketId = ticket,
        AccountId = account,
        AgentId = "ag-1",
        FlaggedAt = Day0.AddDays(day),
        Status = status,
        AsOf = Day0.AddDays(day),
    };

    private static CanonicalEvent Deal(string id, int day, EventType type, long mrr, string? ticket = null) => new()
    {
        Id = id,
        Source = "generic",
        Type = type,
        OccurredAt = Day0.AddDays(day),
        AccountId = "acc-1",
        Deal = new DealInfo { Id = "deal-" + id, Mrr = new Money(mrr, "EUR"), TicketId = ticket },
    };

    private static CanonicalEvent Intent(string id, string ticket, int day, string text = "We want to cancel our subscription") => Ticket(id, ticket, day, tags: []) with
    {
        Ticket = new TicketInfo { Id = ticket, Subject = text, Status = TicketStatus.Open },
    };

    private static List<(string Rule, string Interaction, long Mrr, string Currency)> Summary(IEnumerable<AttributionRecord> records) =>
        [.. records.Select(r => (r.Rule, r.InteractionId, r.Mrr.Minor, r.Mrr.Currency)).OrderBy(r => r.Rule).ThenBy(r => r.InteractionId)];

    [Fact]
    public void A_SQL_followed_by_an_upgrade_in_the_window_credits_the_MRR_delta_not_the_account()
    {
        var history = new[]
        {
            Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000),
            Subscription("s1", "acc-1", 20, SubscriptionStatus.Active, 25_000, beforeMinor: 10_000),
        };
        var records = Ledger.Compute("acc-1", history, [Sql("T1", 10)], Options, Later);
        var record = Assert.Single(records);
        Assert.Equal((AttributionRule.SqlWon, 15_000L, 180_000L, "generic:T1", "ag-1"), (record.Rule, record.Mrr.Minor, record.Arr.Minor, record.SqlId!, record.AgentId!));
        Assert.Equal(["generic:s1"], record.TriggerEvents);
    }

    [Fact]
    public void The_same_ledger_comes_out_whatever_the_arrival_order_and_however_often_events_are_delivered()
    {
        var history = new List<CanonicalEvent>
        {
            Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000),
            Deal("d1", 30, EventType.DealWon, 5_000, "T1"),
            Ticket("t2", "T2", 40, EventType.TicketSolved, "solved"),
            Subscription("s1", "acc-1", 50, SubscriptionStatus.Active, 12_000),
            Intent("c1", "T3", 60),
            Cancellation("w1", "acc-1", 62, scheduled: false),
        };
        var expected = Ledger.Compute("acc-1", history, [Sql("T1", 10)], Options, Later);
        var shuffled = history.AsEnumerable().Reverse().Concat(history.Take(2)).ToList();
        Assert.Equivalent(expected, Ledger.Compute("acc-1", shuffled, [Sql("T1", 10)], Options, Later), strict: true);
        Assert.Equal(
            [(AttributionRule.ChurnSave, "T3", 12_000L, "EUR"), (AttributionRule.SqlWon, "T1", 2_000L, "EUR")],
            Summary(expected));
    }

    [Fact]
    public void A_deal_won_without_an_upgrade_credits_the_deals_MRR_and_a_lost_deal_credits_nothing()
    {
        var won = Ledger.Compute("acc-1", [Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000), Deal("d1", 30, EventType.DealWon, 4_000)], [Sql("T1", 10, SqlStatus.Won)], Options, Later);
        Assert.Equal([(AttributionRule.SqlWon, "T1", 4_000L, "EUR")], Summary(won));
        var lost = Ledger.Compute("acc-1", [Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000), Deal("d1", 30, EventType.DealLost, 4_000)], [Sql("T1", 10, SqlStatus.Lost)], Options, Later);
        Assert.Empty(lost);
    }

    [Fact]
    public void An_upgrade_outside_the_SQL_window_is_influence_when_it_follows_a_solved_ticket_and_never_credited_twice()
    {
        var history = new[]
        {
            Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000),
            Ticket("t9", "T9", 105, EventType.TicketSolved, "solved"),
            Subscription("s1", "acc-1", 110, SubscriptionStatus.Active, 16_000),
            Subscription("s2", "acc-1", 20, SubscriptionStatus.Active, 10_000),
        };
        var records = Ledger.Compute("acc-1", history, [Sql("T1", 10)], Options, Later);
        Assert.Equal([(AttributionRule.ExpansionAfterSupport, "T9", 6_000L, "EUR")], Summary(records));
    }

    [Fact]
    public void A_removed_tag_withdraws_the_SQL_and_it_earns_nothing()
    {
        var history = new[] { Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000), Subscription("s1", "acc-1", 20, SubscriptionStatus.Active, 20_000) };
        Assert.Empty(Ledger.Compute("acc-1", history, [Sql("T1", 10, SqlStatus.Withdrawn)], Options, Later));
    }

    [Fact]
    public void A_save_matures_only_after_the_window_and_a_save_that_fails_credits_nothing()
    {
        var intent = new List<CanonicalEvent> { Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 30_000, "USD"), Intent("c1", "T5", 10) };
        Assert.Empty(Ledger.Compute("acc-1", intent, [], Options, Day0.AddDays(39)));
        Assert.Equal(Day0.AddDays(40), Ledger.NextMaturity(intent, Options, Day0.AddDays(39)));
        var matured = Assert.Single(Ledger.Compute("acc-1", intent, [], Options, Day0.AddDays(40)));
        Assert.Equal((AttributionRule.ChurnSave, 30_000L, "USD", Day0.AddDays(40)), (matured.Rule, matured.Mrr.Minor, matured.Mrr.Currency, matured.CreditedAt));

        var failed = intent.Append(Subscription("s1", "acc-1", 25, SubscriptionStatus.Canceled, 0, "USD")).ToList();
        Assert.Empty(Ledger.Compute("acc-1", failed, [], Options, Later));
    }

    [Fact]
    public void A_billing_scheduled_cancellation_counts_only_with_a_support_interaction_near_it()
    {
        var alone = new List<CanonicalEvent> { Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 9_900), Cancellation("sch", "acc-1", 10, scheduled: true), Cancellation("wd", "acc-1", 12, scheduled: false) };
        Assert.Empty(Ledger.Compute("acc-1", alone, [], Options, Later));
        var withTicket = alone.Append(Ticket("t1", "T7", 11, tags: ["billing"])).ToList();
        var save = Assert.Single(Ledger.Compute("acc-1", withTicket, [], Options, Later));
        Assert.Equal(("T7", 9_900L, Day0.AddDays(12)), (save.InteractionId, save.Mrr.Minor, save.CreditedAt));
    }

    [Theory]
    [InlineData("Necesitamos cancelar la suscripción")]
    [InlineData("Nous voulons résilier le contrat")]
    [InlineData("Wir möchten kündigen")]
    [InlineData("Хотим отменить подписку")]
    [InlineData("We will not renew next year")]
    public void Cancellation_language_is_recognised_in_several_languages(string text) =>
        Assert.True(CancellationIntent.Shown(new TicketInfo { Id = "x", Text = text }, new HashSet<string>()));

    [Fact]
    public void Currencies_are_never_mixed_an_upgrade_across_currencies_is_not_an_expansion()
    {
        var history = new[] { Subscription("s0", "acc-1", 0, SubscriptionStatus.Active, 10_000, "EUR"), Subscription("s1", "acc-1", 20, SubscriptionStatus.Active, 50_000, "JPY") };
        Assert.Empty(Ledger.Compute("acc-1", history, [Sql("T1", 10)], Options, Later));
    }
}
