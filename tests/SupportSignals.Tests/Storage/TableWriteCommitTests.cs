using Azure;
using SupportSignals.Azure.Storage;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Storage;

/// <summary>Concurrent single-row writes share transactions, and each caller still gets its own outcome.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWriteCommitTests(AzuriteFixture azurite)
{
    private TableRecordStore<TicketState> Store() => new(azurite.NewClients().Table("Tickets"));

    private static TicketState Ticket(string id, params string[] tags) => new() { Source = "s", Id = id, Tags = tags };

    [Fact]
    public async Task Concurrent_upserts_to_one_partition_all_land_even_beyond_one_transaction_and_when_rows_repeat()
    {
        var store = Store();

        await Task.WhenAll(Enumerable.Range(0, 250).Select(i => store.UpsertAsync("p", $"r{i % 200:D3}", Ticket($"{i % 200}", $"v{i}"))));

        var rows = await store.QueryAsync(SupportSignals.Storage.RecordQuery.InPartition("p")).ToListAsync();
        Assert.Equal(200, rows.Count);
        // A repeated row holds one of its writes, whichever came last.
        Assert.All(rows.Where(r => int.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture) < 50),
            r => Assert.Contains(r.Tags.Single(), new[] { $"v{r.Id}", $"v{int.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture) + 200}" }));
    }

    [Fact]
    public async Task Of_concurrent_inserts_of_one_key_exactly_one_succeeds()
    {
        var store = Store();

        var inserted = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => store.TryInsertAsync("p", "r", Ticket($"{i}"))));

        Assert.Single(inserted, true);
    }

    [Fact]
    public async Task Concurrent_read_modify_writes_of_rows_in_one_partition_all_apply()
    {
        var store = Store();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => store.UpdateAsync("p", $"r{i % 3}",
            current => (current ?? Ticket($"{i % 3}")) with { Tags = [.. current?.Tags ?? [], $"t{i}"] })));

        var rows = await store.QueryAsync(SupportSignals.Storage.RecordQuery.InPartition("p")).ToListAsync();
        Assert.Equal([20, 20, 20], rows.Select(r => r.Tags.Count));
    }

    [Fact]
    public async Task A_write_the_service_refuses_fails_alone()
    {
        var store = Store();

        // A key over 1 KiB (512 UTF-16 characters) is refused with 400 whether the write travels alone or in a transaction (a "/" in a key
        // made a lone write's URL unroutable: a 500, and whether it went alone depended on timing).
        var tooLong = new string('k', 1025);
        var writes = Enumerable.Range(0, 20).Select(i => store.UpsertAsync("p", i == 7 ? tooLong : $"r{i}", Ticket($"{i}"))).ToList();
        var refused = await Assert.ThrowsAnyAsync<RequestFailedException>(() => writes[7]);

        Assert.Equal(400, refused.Status);
        await Task.WhenAll(writes.Where((_, i) => i != 7));
        Assert.Equal(19, (await store.QueryAsync(SupportSignals.Storage.RecordQuery.InPartition("p")).ToListAsync()).Count);
        var alone = await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.UpsertAsync("p", tooLong, Ticket("alone")));
        Assert.Equal(400, alone.Status);
    }
}
