using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableRecordStoreTests(AzuriteFixture azurite)
{
    private TableRecordStore<T> Store<T>(string table) where T : class => new(azurite.NewClients().Table(table));

    [Fact]
    public async Task A_record_round_trips_with_money_flattened_into_minor_units_and_currency_columns()
    {
        var store = Store<AccountState>("Accounts");
        var account = new AccountState { Id = "a/1", Mrr = new Money(123_45, "EUR"), SubscriptionAsOf = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(2)), CancellationScheduled = true };

        await store.UpsertAsync("a%2F1", AccountState.Row, account);

        Assert.Equal(account, await store.FindAsync("a%2F1", AccountState.Row));
        var entity = (await store.Table.GetEntityAsync<global::Azure.Data.Tables.TableEntity>("a%2F1", AccountState.Row)).Value;
        Assert.Equal(12345L, entity.GetInt64("mrr_minor"));
        Assert.Equal("EUR", entity.GetString("mrr_currency"));
        Assert.Equal("2026-11-01T10:00:00.0000000+00:00", entity.GetString("subscriptionAsOf"));
    }

    [Fact]
    public async Task Lists_and_dictionaries_round_trip()
    {
        var store = Store<TicketState>("Tickets");
        var ticket = new TicketState { Source = "s", Id = "1", Tags = ["sql", "vip"], CustomFields = new Dictionary<string, string> { ["plan"] = "pro" } };
        await store.UpsertAsync("p", "r", ticket);
        var read = await store.FindAsync("p", "r");
        Assert.Equal(["sql", "vip"], read!.Tags);
        Assert.Equal("pro", read.CustomFields["plan"]);
    }

    [Fact]
    public async Task Concurrent_updates_to_one_row_all_apply_under_optimistic_concurrency()
    {
        var store = Store<TicketState>("Tickets");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.UpdateAsync("p", "r", current => (current ?? new TicketState { Source = "s", Id = "1" }) with { Tags = [.. current?.Tags ?? [], $"t{i}"] })));
        var final = await store.FindAsync("p", "r");
        Assert.Equal(20, final!.Tags.Count);
    }

    [Fact]
    public async Task An_update_that_returns_null_writes_nothing()
    {
        var store = Store<TicketState>("Tickets");
        Assert.Null(await store.UpdateAsync("p", "r", _ => null));
        Assert.Null(await store.FindAsync("p", "r"));
    }

    [Fact]
    public async Task Try_insert_refuses_an_existing_key()
    {
        var store = Store<TicketState>("Tickets");
        Assert.True(await store.TryInsertAsync("p", "r", new TicketState { Source = "s", Id = "1" }));
        Assert.False(await store.TryInsertAsync("p", "r", new TicketState { Source = "s", Id = "2" }));
        Assert.Equal("1", (await store.FindAsync("p", "r"))!.Id);
    }

    [Fact]
    public async Task Pages_follow_continuation_tokens_and_filters_select_by_property()
    {
        var store = Store<TicketState>("Tickets");
        await store.UpsertManyAsync([.. Enumerable.Range(0, 25).Select(i => ("p", $"r{i:D2}", new TicketState { Source = "s", Id = $"{i}", Status = i % 5 == 0 ? "solved" : "open" }))]);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.QueryPageAsync(RecordQuery.InPartition("p"), 10, token);
            seen.AddRange(page.Items.Select(t => t.Id));
            token = page.Continuation;
            pages++;
        } while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Distinct().Count());
        var solved = await store.QueryAsync(new RecordQuery { Partition = "p", Where = new Dictionary<string, object> { ["status"] = "solved" } }).ToListAsync();
        Assert.Equal(5, solved.Count);
        var range = await store.QueryAsync(new RecordQuery { Partition = "p", RowFrom = "r10", RowTo = "r20" }).ToListAsync();
        Assert.Equal(10, range.Count);
    }
}
