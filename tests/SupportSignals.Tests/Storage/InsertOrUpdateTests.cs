using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Storage;

public sealed class InsertOrUpdateTests
{
    private readonly CountingStore<AccountState> _accounts = new(new InMemoryRecordStore<AccountState>());
    private readonly RecentKeys _stored = new(capacity: 10);

    private Task<AccountState?> ApplyAsync(CanonicalEvent e) =>
        _accounts.InsertOrUpdateAsync(_stored, "acc", AccountState.Row, current => AccountState.Apply(current, e));

    [Fact]
    public async Task A_row_not_seen_lately_is_inserted_without_a_read()
    {
        var e = Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000);

        var stored = await ApplyAsync(e);

        Assert.Equal((0, 1), (_accounts.Reads, _accounts.Inserts));
        Assert.Equal(AccountState.Apply(null, e), stored);
        Assert.Equal(stored, await _accounts.FindAsync("acc", AccountState.Row));
    }

    [Fact]
    public async Task A_row_stored_by_someone_else_is_merged_as_a_read_modify_write_would()
    {
        var earlier = Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000);
        var later = Subscription("b", "acc", 5, SubscriptionStatus.Active, 20_000);
        await _accounts.UpsertAsync("acc", AccountState.Row, AccountState.Apply(null, later)!);

        var stored = await ApplyAsync(earlier);

        // The older event arriving last leaves the newer MRR alone, but still sets when the account became a customer.
        Assert.Equal(AccountState.Apply(AccountState.Apply(null, later), earlier), stored);
        Assert.Equal(new Money(20_000, "EUR"), stored!.Mrr);
        Assert.Equal(Day0.AddDays(1), stored.CustomerSince);
    }

    [Fact]
    public async Task A_row_seen_stored_goes_straight_to_the_read_modify_write()
    {
        await ApplyAsync(Subscription("a", "acc", 1, SubscriptionStatus.Active, 10_000));

        var stored = await ApplyAsync(Subscription("b", "acc", 5, SubscriptionStatus.Active, 20_000));

        Assert.Equal(new Money(20_000, "EUR"), stored!.Mrr);
        Assert.Equal((1, 1), (_accounts.Reads, _accounts.Inserts));
    }

    [Fact]
    public async Task A_change_that_writes_nothing_to_an_absent_row_reads_whether_there_is_one()
    {
        var stored = await _accounts.InsertOrUpdateAsync(_stored, "acc", AccountState.Row, current => current);

        Assert.Null(stored);
        Assert.Equal((1, 0), (_accounts.Reads, _accounts.Inserts));
        Assert.False(_stored.Contains("acc", AccountState.Row));
    }
}
