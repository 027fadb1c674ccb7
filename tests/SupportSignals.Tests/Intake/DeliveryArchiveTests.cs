using Azure.Data.Tables;
using SupportSignals.Azure.Intake;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Intake;

/// <summary>The raw-delivery archive on real Azurite: packed segment rows, read back and erased one delivery at a time.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryArchiveTests(AzuriteFixture azurite)
{
    private readonly StorageClients _clients = azurite.NewClients();

    [Theory]
    [InlineData(100)]
    [InlineData(TableDeliveryArchive.InlineBodyLimit)]
    [InlineData(TableDeliveryArchive.InlineBodyLimit + 1)]
    [InlineData(200_000)]
    public async Task Deliveries_of_any_size_up_to_the_limit_are_archived_and_read_back_byte_for_byte(int size)
    {
        var archive = new TableDeliveryArchive(_clients);
        var delivery = Delivery(size, "abc");

        var id = await archive.StoreAsync(delivery);
        var read = await archive.FindAsync("generic", id);

        Assert.Equal(delivery.Body.ToArray(), read!.Body.ToArray());
        Assert.Equal("abc", read.Headers["X-Sig"]);
        Assert.Equal(delivery.ReceivedAt, read.ReceivedAt);
        Assert.Equal(delivery.Url, read.Url);
        Assert.Equal("generic", read.Source);
    }

    [Fact]
    public async Task Concurrent_deliveries_share_rows_yet_each_reads_back_as_itself()
    {
        var archive = new TableDeliveryArchive(_clients);
        var deliveries = Enumerable.Range(0, 300).Select(i => Delivery(1024, $"sig-{i}")).ToList();

        var ids = await Task.WhenAll(deliveries.Select(d => archive.StoreAsync(d)));

        Assert.Equal(ids.Length, ids.Distinct().Count());
        for (var i = 0; i < ids.Length; i++)
        {
            var read = await archive.FindAsync("generic", ids[i]);
            Assert.Equal($"sig-{i}", read!.Headers["X-Sig"]);
            Assert.Equal(deliveries[i].Body.ToArray(), read.Body.ToArray());
        }
        var deliveriesPerRow = await DeliveriesPerRowAsync();
        Assert.Equal(ids.Length, deliveriesPerRow.Sum());
        Assert.True(deliveriesPerRow.Count < ids.Length, "No two concurrent deliveries shared a row.");
        Assert.All(deliveriesPerRow, count => Assert.InRange(count, 1, TableDeliveryArchive.MaxPerSegment));
    }

    [Fact]
    public async Task Erasing_a_delivery_removes_it_and_its_blob_and_leaves_its_row_mates()
    {
        var archive = new TableDeliveryArchive(_clients);
        var deliveries = new[] { Delivery(1024, "kept"), Delivery(100_000, "erased"), Delivery(512, "also-erased") };
        var ids = await Task.WhenAll(deliveries.Select(d => archive.StoreAsync(d)));

        Assert.True(await archive.DeleteAsync("generic", ids[1]));
        Assert.True(await archive.DeleteAsync("generic", ids[2]));

        Assert.Null(await archive.FindAsync("generic", ids[1]));
        Assert.Null(await archive.FindAsync("generic", ids[2]));
        Assert.False(await archive.DeleteAsync("generic", ids[1]));
        Assert.Equal("kept", (await archive.FindAsync("generic", ids[0]))!.Headers["X-Sig"]);
        var blobs = _clients.Blobs.GetBlobContainerClient(_clients.Options.Lower("deliveries"));
        await foreach (var blob in blobs.GetBlobsAsync()) Assert.Fail($"The erased delivery's blob {blob.Name} is still there.");
    }

    [Fact]
    public async Task Erasing_the_last_delivery_of_a_row_removes_the_row()
    {
        var archive = new TableDeliveryArchive(_clients);
        var id = await archive.StoreAsync(Delivery(64, "alone"));

        Assert.True(await archive.DeleteAsync("generic", id));

        Assert.Empty(await DeliveriesPerRowAsync());
    }

    [Theory]
    [InlineData("not-an-archive-id")]
    [InlineData("20261122101010101-abc.7")]
    [InlineData("20261122101010101-abc.999")]
    public async Task Unknown_ids_are_not_found(string id)
    {
        var archive = new TableDeliveryArchive(_clients);
        await archive.StoreAsync(Delivery(10, "x"));

        Assert.Null(await archive.FindAsync("generic", id));
        Assert.False(await archive.DeleteAsync("generic", id));
    }

    private async Task<List<int>> DeliveriesPerRowAsync()
    {
        var counts = new List<int>();
        await foreach (var row in _clients.Table(TableDeliveryArchive.TableName).QueryAsync<TableEntity>())
            counts.Add(row.Keys.Count(key => key.Length > 1 && key[0] == 'm' && char.IsAsciiDigit(key[1])));
        return counts;
    }

    private static RawDelivery Delivery(int size, string signature)
    {
        var body = new byte[size];
        Random.Shared.NextBytes(body);
        return new RawDelivery
        {
            Source = "generic",
            ReceivedAt = new DateTimeOffset(2026, 11, 22, 10, 10, 10, 123, TimeSpan.Zero),
            ContentType = "application/json",
            Url = new Uri("http://localhost/api/webhooks/generic"),
            Headers = new Dictionary<string, string> { ["X-Sig"] = signature },
            Body = body,
        };
    }
}
