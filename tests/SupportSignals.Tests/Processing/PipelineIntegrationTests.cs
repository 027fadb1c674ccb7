using Moq;
using SupportSignals.Azure.Intake;
using SupportSignals.Azure.Processing;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Processing;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Processing;

/// <summary>Inbox, archive, queue, consumer and poison store on real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PipelineIntegrationTests(AzuriteFixture azurite)
{
    private readonly StorageClients _clients = azurite.NewClients();

    [Fact]
    public async Task The_inbox_tells_new_from_pending_from_processed()
    {
        var inbox = new TableInbox(_clients);
        var e = TestSupport.Events.Nps("e/1#?", "r", 1, 9, null);

        Assert.Equal([Admission.New], await inbox.AdmitAsync("d1", [e]));
        Assert.Equal([Admission.DuplicatePending], await inbox.AdmitAsync("d2", [e]));
        await inbox.MarkProcessedAsync(e);
        Assert.Equal([Admission.DuplicateProcessed], await inbox.AdmitAsync("d3", [e]));
    }

    [Fact]
    public async Task A_batch_with_many_duplicates_among_new_events_admits_each_exactly_once()
    {
        var inbox = new TableInbox(_clients);
        var seen = Enumerable.Range(0, 40).Select(i => TestSupport.Events.Nps($"seen-{i}", $"r{i}", 1, 9, null)).ToList();
        await inbox.AdmitAsync("d1", seen);
        var mixed = Enumerable.Range(0, 120).Select(i => i % 3 == 0 ? seen[i / 3] : TestSupport.Events.Nps($"new-{i}", $"n{i}", 1, 9, null)).ToList();

        var admissions = await Task.WhenAll(mixed.Select(e => inbox.AdmitAsync("d2", [e])));

        Assert.Equal(mixed.Select(e => e.Id.StartsWith("seen-", StringComparison.Ordinal) ? Admission.DuplicatePending : Admission.New),
            admissions.Select(a => Assert.Single(a)));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200_000)]
    public async Task Deliveries_of_any_size_up_to_the_limit_are_archived_and_read_back_byte_for_byte(int size)
    {
        var archive = new TableDeliveryArchive(_clients);
        var body = new byte[size];
        Random.Shared.NextBytes(body);
        var delivery = new RawDelivery
        {
            Id = DeliveryIds.New(DateTimeOffset.UtcNow),
            Source = "generic",
            ReceivedAt = DateTimeOffset.UtcNow,
            ContentType = "application/json",
            Url = new Uri("http://localhost/api/webhooks/generic"),
            Headers = new Dictionary<string, string> { ["X-Sig"] = "abc" },
            Body = body,
        };

        await archive.StoreAsync(delivery);
        var read = await archive.FindAsync("generic", delivery.Id);

        Assert.Equal(body, read!.Body.ToArray());
        Assert.Equal("abc", read.Headers["X-Sig"]);
    }

    [Fact]
    public async Task An_event_larger_than_a_queue_message_travels_through_a_blob_intact()
    {
        var queue = new StorageEventQueue(_clients);
        var big = TestSupport.Events.Nps("big", "r", 1, 9, new string('é', 40_000));

        await queue.EnqueueAsync([big]);
        var message = (await queue.Queue.ReceiveMessageAsync()).Value;

        Assert.StartsWith(StorageEventQueue.BlobReferencePrefix, message.MessageText, StringComparison.Ordinal);
        Assert.Equal(big, EventJson.Deserialize(await queue.ReadBodyAsync(message.MessageText)) with { Nps = big.Nps });
        Assert.Equal(big.Nps!.Comment, EventJson.Deserialize(await queue.ReadBodyAsync(message.MessageText)).Nps!.Comment);
    }

    [Fact]
    public async Task A_message_that_always_fails_lands_in_the_poison_store_after_max_attempts_and_replay_requeues_it()
    {
        var queue = new StorageEventQueue(_clients);
        var poison = new TablePoisonStore(new TableRecordStore<PoisonRecord>(_clients.Table(TablePoisonStore.TableName)));
        var failing = new Mock<IEventProjection>();
        failing.Setup(p => p.ProjectAsync(It.IsAny<CanonicalEvent>(), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("always fails"));
        var handler = new QueueMessageHandler(new EventProcessor([failing.Object], new TableInbox(_clients)), poison, TimeProvider.System);
        var consumer = new StorageQueueConsumer(queue, handler, new ConsumerOptions { MaxAttempts = 2 });
        await queue.EnqueueAsync([TestSupport.Events.Nps("p1", "r", 1, 9, null)]);

        await consumer.DrainOnceAsync();
        // The failed message is hidden for its back-off; make it visible again instead of waiting.
        await MakeVisibleAsync(queue);
        await consumer.DrainOnceAsync();

        var record = Assert.Single(await poison.ListAsync().ToListAsync());
        Assert.Equal(("InvalidOperationException: always fails", 2, "p1"), (record.Reason, record.Attempts, record.EventId));
        Assert.Equal(0, (await queue.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        var replay = new PoisonReplay(poison, new TableDeliveryArchive(_clients), new EventAdmission(new TableInbox(_clients), queue), queue,
            new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions>()));
        Assert.Null(await replay.ReplayAsync(record.Id));
        Assert.Empty(await poison.ListAsync().ToListAsync());
        var requeued = (await queue.Queue.ReceiveMessageAsync()).Value;
        Assert.Equal("p1", Assert.Single(EventJson.DeserializeMessage(requeued.MessageText)).Id);
    }

    private static async Task MakeVisibleAsync(StorageEventQueue queue)
    {
        // Azurite has no clock control; peek is blind to invisible messages, so wait out the 2 s back-off of attempt 1.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(1, (await queue.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
