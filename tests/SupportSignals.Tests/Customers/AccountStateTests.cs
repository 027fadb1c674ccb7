using SupportSignals.Customers;
using SupportSignals.Events;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Customers;

public sealed class AccountStateTests
{
    private static AccountState? Replay(params CanonicalEvent[] events) =>
        events.Aggregate((AccountState?)null, (state, e) => AccountState.Apply(state, e) ?? state);

    [Fact]
    public void An_older_subscription_event_arriving_late_does_not_overwrite_newer_MRR()
    {
        var inOrder = Replay(Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000), Subscription("b", "acc", 5, SubscriptionStatus.Active, 20_000));
        var reversed = Replay(Subscription("b", "acc", 5, SubscriptionStatus.Active, 20_000), Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000));
        Assert.Equal(new Money(20_000, "EUR"), inOrder!.Mrr);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public void Applying_the_same_event_twice_changes_nothing_the_second_time()
    {
        var e = Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000);
        var once = AccountState.Apply(null, e);
        Assert.Null(AccountState.Apply(once, e));
    }

    [Fact]
    public void Past_due_is_still_a_customer_and_cancelled_is_churn()
    {
        var pastDue = Replay(Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000), Subscription("b", "acc", 2, SubscriptionStatus.PastDue, 10_000));
        Assert.True(pastDue!.IsCustomer);
        Assert.Null(pastDue.ChurnedAt);
        var churned = AccountState.Apply(pastDue, Subscription("c", "acc", 3, SubscriptionStatus.Canceled, 0));
        Assert.False(churned!.IsCustomer);
        Assert.Equal(Day0.AddDays(3), churned.ChurnedAt);
    }

    [Fact]
    public void A_withdrawn_cancellation_clears_the_schedule_but_an_older_schedule_arriving_late_does_not_restore_it()
    {
        var state = Replay(Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000), Cancellation("s", "acc", 3, scheduled: true));
        Assert.True(state!.CancellationScheduled);
        var withdrawn = AccountState.Apply(state, Cancellation("w", "acc", 5, scheduled: false))!;
        Assert.False(withdrawn.CancellationScheduled);
        Assert.Null(AccountState.Apply(withdrawn, Cancellation("s2", "acc", 4, scheduled: true)));
    }
}

public sealed class ContactStateTests
{
    [Fact]
    public void A_profile_event_arriving_after_later_events_without_a_profile_still_sets_name_and_email()
    {
        var ticket = SupportSignals.Tests.TestSupport.Events.Ticket("t", "T", 5);
        var profile = new CanonicalEvent
        {
            Id = "p",
            Source = "generic",
            Type = EventType.ContactUpdated,
            OccurredAt = SupportSignals.Tests.TestSupport.Events.Day0,
            ContactId = "con-1",
            Contact = new ContactInfo { Name = "Ada", Email = "ada@example.com" },
        };
        var state = ContactState.Apply(ContactState.Apply(null, ticket), profile)!;
        Assert.Equal(("Ada", "ada@example.com", "acc-1"), (state.Name, state.Email, state.AccountId));
    }
}

public sealed class AccountStateDescribesTests
{
    [Fact]
    public void An_event_that_does_not_describe_the_account_changes_no_stored_account()
    {
        var states = new[]
        {
            AccountState.Apply(null, Nps("n", "r", 1, 9, null, account: "acc"))!,
            AccountState.Apply(null, Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000))!,
            AccountState.Apply(null, Subscription("c", "acc", 9, SubscriptionStatus.Canceled, 0))!,
        };
        var silent = new[] { Nps("n2", "r2", 20, 3, "meh", account: "acc"), Ticket("t", "T", 20, account: "acc"), Reply("p", "T", 20, 1) with { AccountId = "acc" } };

        Assert.All(silent, e => Assert.False(AccountState.Describes(e)));
        Assert.All(states, state => Assert.All(silent, e => Assert.Null(AccountState.Apply(state, e))));
        Assert.True(AccountState.Describes(Subscription("b", "acc", 2, SubscriptionStatus.Active, 10_000)));
    }
}
