using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Customers;

public sealed class CustomerProjectionTests
{
    private readonly CountingStore<AccountState> _accounts = new(new InMemoryRecordStore<AccountState>());
    private readonly CountingStore<ContactState> _contacts = new(new InMemoryRecordStore<ContactState>());

    private Task ProjectAsync(CustomerProjection projection, CanonicalEvent e) => projection.ProjectAsync(e, new KnownRecords());

    [Fact]
    public async Task A_new_account_and_contact_are_inserted_without_a_read()
    {
        await ProjectAsync(new CustomerProjection(_accounts, _contacts), Nps("e1", "r1", 1, 9, null, contact: "con-1", account: "acc-1"));

        Assert.Equal((0, 1), (_accounts.Reads, _accounts.Inserts));
        Assert.Equal((0, 1), (_contacts.Reads, _contacts.Inserts));
        Assert.Equal("acc-1", (await _contacts.FindAsync(ContactState.PartitionOf("con-1"), ContactState.Row))!.AccountId);
    }

    [Fact]
    public async Task An_account_seen_stored_is_not_read_for_an_event_that_says_nothing_about_it_but_is_for_one_that_does()
    {
        var projection = new CustomerProjection(_accounts, _contacts);
        await ProjectAsync(projection, Subscription("s1", "acc-1", 1, SubscriptionStatus.Active, 10_000));

        await ProjectAsync(projection, Nps("e1", "r1", 2, 9, null, account: "acc-1"));
        Assert.Equal(0, _accounts.Reads);

        await ProjectAsync(projection, Subscription("s2", "acc-1", 3, SubscriptionStatus.Active, 20_000));
        Assert.Equal(1, _accounts.Reads);
        Assert.Equal(new Money(20_000, "EUR"), (await _accounts.FindAsync(AccountState.PartitionOf("acc-1"), AccountState.Row))!.Mrr);
    }

    [Fact]
    public async Task An_account_stored_by_another_instance_keeps_its_state_when_this_one_first_meets_it()
    {
        await ProjectAsync(new CustomerProjection(_accounts, _contacts), Subscription("s1", "acc-1", 1, SubscriptionStatus.Active, 10_000));

        await ProjectAsync(new CustomerProjection(_accounts, _contacts), Nps("e1", "r1", 2, 9, null, account: "acc-1"));

        var account = await _accounts.FindAsync(AccountState.PartitionOf("acc-1"), AccountState.Row);
        Assert.Equal((SubscriptionStatus.Active, new Money(10_000, "EUR")), (account!.SubscriptionStatus, account.Mrr));
    }
}
