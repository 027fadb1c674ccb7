using System.Text.RegularExpressions;
using SupportSignals.Azure.Intake;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Intake;

/// <summary>The raw-delivery archive on real Azurite: packed segment blobs, read back and erased one delivery at a time.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryArchiveTests(AzuriteFixture azurite)
{
    private readonly StorageClients _clients = azurite.NewClients();

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(200_000)]
    [InlineData(WebhookIntake.MaxBodyBytes)]
    public async Task Deliveries_of_any_size_up_to_the_limit_are_archived_and_read_back_byte_for_byte(int size)
    {
        var archive = new BlobDeliveryArchive(_clients);
        var delivery = Delivery(size, "abc");

        var id = await StoredAsync(archive, delivery);
        var read = await archive.FindAsync("generic", id);

        Assert.Equal(delivery.Body.ToArray(), read!.Body.ToArray());
        Assert.Equal("abc", read.Headers["X-Sig"]);
        Assert.Equal(delivery.ReceivedAt, read.ReceivedAt);
        Assert.Equal(delivery.Url, read.Url);
        Assert.Equal("generic", read.Source);
    }

    [Fact]
    public async Task Concurrent_deliveries_share_segments_yet_each_reads_back_as_itself()
    {
        var archive = new BlobDeliveryArchive(_clients);
        var deliveries = Enumerable.Range(0, 300).Select(i => Delivery(1024, $"sig-{i}")).ToList();

        var ids = await Task.WhenAll(deliveries.Select(d => StoredAsync(archive, d)));

        Assert.Equal(ids.Length, ids.Distinct().Count());
        for (var i = 0; i < ids.Length; i++)
        {
            var read = await archive.FindAsync("generic", ids[i]);
            Assert.Equal($"sig-{i}", read!.Headers["X-Sig"]);
            Assert.Equal(deliveries[i].Body.ToArray(), read.Body.ToArray());
        }
        var segments = await SegmentsAsync();
        Assert.True(segments < ids.Length, "No two concurrent deliveries shared a segment.");
    }

    [Fact]
    public async Task Erasing_a_delivery_removes_it_and_leaves_its_segment_mates()
    {
        var archive = new BlobDeliveryArchive(_clients);
        var deliveries = new[] { Delivery(1024, "kept"), Delivery(100_000, "erased"), Delivery(512, "also-erased") };
        var ids = await Task.WhenAll(deliveries.Select(d => StoredAsync(archive, d)));

        Assert.True(await archive.DeleteAsync("generic", ids[1]));
        Assert.True(await archive.DeleteAsync("generic", ids[2]));

        Assert.Null(await archive.FindAsync("generic", ids[1]));
        Assert.Null(await archive.FindAsync("generic", ids[2]));
        Assert.False(await archive.DeleteAsync("generic", ids[1]));
        var kept = await archive.FindAsync("generic", ids[0]);
        Assert.Equal("kept", kept!.Headers["X-Sig"]);
        Assert.Equal(deliveries[0].Body.ToArray(), kept.Body.ToArray());
        long storedBytes = 0;
        await foreach (var blob in Container().GetBlobsAsync()) storedBytes += blob.Properties.ContentLength ?? 0;
        Assert.InRange(storedBytes, 1024, 4 * 1024);
    }

    [Fact]
    public async Task Erasing_the_last_delivery_of_a_segment_removes_the_segment()
    {
        var archive = new BlobDeliveryArchive(_clients);
        var id = await StoredAsync(archive, Delivery(64, "alone"));

        Assert.True(await archive.DeleteAsync("generic", id));

        Assert.Equal(0, await SegmentsAsync());
    }

    [Theory]
    [InlineData("not-an-archive-id")]
    [InlineData("20261122101010101-abc.7")]
    [InlineData("20261122101010101-abc.999")]
    public async Task Unknown_ids_are_not_found(string id)
    {
        var archive = new BlobDeliveryArchive(_clients);
        var stored = await StoredAsync(archive, Delivery(10, "x"));
        var emptySlot = stored[..stored.LastIndexOf('.')] + ".5";

        Assert.Null(await archive.FindAsync("generic", id));
        Assert.False(await archive.DeleteAsync("generic", id));
        Assert.Null(await archive.FindAsync("generic", emptySlot));
        Assert.False(await archive.DeleteAsync("generic", emptySlot));
        Assert.NotNull(await archive.FindAsync("generic", stored));
    }

    [Fact]
    public async Task A_delivery_is_named_before_its_segment_is_written_and_found_once_it_is()
    {
        var archive = new BlobDeliveryArchive(_clients);
        var delivery = Delivery(2048, "early");

        var stored = archive.Store(delivery);
        var named = stored.Id;
        await stored.Written;

        Assert.Equal(named, stored.Id);
        Assert.Equal("early", (await archive.FindAsync("generic", named))!.Headers["X-Sig"]);
    }

    [Fact]
    public async Task A_segment_that_cannot_be_written_fails_its_deliveries_as_storage_unavailable()
    {
        var unreachable = Regex.Replace(azurite.ConnectionString, @"BlobEndpoint=http://127\.0\.0\.1:\d+", $"BlobEndpoint=http://127.0.0.1:{FreePort.Next()}");
        var archive = new BlobDeliveryArchive(new StorageClients(new StorageOptions { ConnectionString = unreachable }));

        var stored = archive.Store(Delivery(10, "lost"));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => stored.Written);
    }

    private static async Task<string> StoredAsync(BlobDeliveryArchive archive, RawDelivery delivery)
    {
        var stored = archive.Store(delivery);
        await stored.Written;
        return stored.Id;
    }

    private global::Azure.Storage.Blobs.BlobContainerClient Container() => _clients.Blobs.GetBlobContainerClient(_clients.Options.Lower(BlobDeliveryArchive.ContainerName));

    private async Task<int> SegmentsAsync()
    {
        var segments = 0;
        await foreach (var _ in Container().GetBlobsAsync()) segments++;
        return segments;
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
