using System.Security.Cryptography;
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
    public async Task The_inbox_tells_a_new_event_from_a_duplicate_whichever_instance_stored_it()
    {
        var inbox = new TableInbox(_clients);
        var events = Enumerable.Range(0, 150).Select(i => TestSupport.Events.Nps($"e/{i}#?", $"r{i}", 1, 9, null)).ToList();

        Assert.All(await inbox.AdmitAsync("d1", events), admission => Assert.Equal(Admission.New, admission));
        Assert.Equal([Admission.Duplicate], await inbox.AdmitAsync("d2", [events[0]]));
        Assert.All(await new TableInbox(_clients).AdmitAsync("d3", events), admission => Assert.Equal(Admission.Duplicate, admission));
        Assert.Equal(["d1", "d2", "d3"], await inbox.FindDeliveryIdsAsync(events[0].Source, events[0].Id));
        Assert.Equal(["d1", "d3"], await inbox.FindDeliveryIdsAsync(events[99].Source, events[99].Id));
    }

    [Fact]
    public async Task An_event_whose_inbox_row_was_erased_is_admitted_again_by_the_instance_that_remembers_it()
    {
        var inbox = new TableInbox(_clients);
        var e = TestSupport.Events.Nps("erased", "r", 1, 9, null);
        await inbox.AdmitAsync("d1", [e]);
        await foreach (var row in _clients.Table(TableInbox.TableName).QueryAsync<global::Azure.Data.Tables.TableEntity>())
            await _clients.Table(TableInbox.TableName).DeleteEntityAsync(row.PartitionKey, row.RowKey);

        Assert.Equal([Admission.New], await inbox.AdmitAsync("d2", [e]));
        Assert.Equal(["d2"], await inbox.FindDeliveryIdsAsync(e.Source, e.Id));
    }

    [Fact]
    public async Task Every_delivery_of_an_event_is_found_and_none_of_an_event_whose_id_extends_it()
    {
        var inbox = new TableInbox(_clients);
        var e = TestSupport.Events.Nps("x/1", "r", 1, 9, null);
        // Escaped, these ids sort right after "x%2F1" and around its redelivery rows.
        var neighbours = new[] { "x/1/2", "x/1%", "x/1|", "x/1}" }.Select(id => TestSupport.Events.Nps(id, "r", 1, 9, null)).ToList();
        await inbox.AdmitAsync("d1", [e, .. neighbours]);

        await inbox.AdmitAsync("d2", [e]);
        await new TableInbox(_clients).AdmitAsync("d3", [e, neighbours[0]]);

        Assert.Equal(["d1", "d2", "d3"], await inbox.FindDeliveryIdsAsync(e.Source, e.Id));
        Assert.Equal(["d1", "d3"], await inbox.FindDeliveryIdsAsync(e.Source, neighbours[0].Id));
        Assert.Equal(["d1"], await inbox.FindDeliveryIdsAsync(e.Source, neighbours[1].Id));
        Assert.Empty(await inbox.FindDeliveryIdsAsync(e.Source, "x/unknown"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_with_many_duplicates_among_new_events_admits_each_exactly_once(bool retriesReachTheSameInstance)
    {
        var inbox = new TableInbox(_clients);
        var seen = Enumerable.Range(0, 40).Select(i => TestSupport.Events.Nps($"seen-{i}", $"r{i}", 1, 9, null)).ToList();
        await inbox.AdmitAsync("d1", seen);
        var mixed = Enumerable.Range(0, 120).Select(i => i % 3 == 0 ? seen[i / 3] : TestSupport.Events.Nps($"new-{i}", $"n{i}", 1, 9, null)).ToList();
        var retried = retriesReachTheSameInstance ? inbox : new TableInbox(_clients);

        var admissions = await Task.WhenAll(mixed.Select(e => retried.AdmitAsync("d2", [e])));

        Assert.Equal(mixed.Select(e => e.Id.StartsWith("seen-", StringComparison.Ordinal) ? Admission.Duplicate : Admission.New),
            admissions.Select(a => Assert.Single(a)));
    }

    [Fact]
    public async Task One_event_sent_many_times_at_once_is_new_to_exactly_one_request_and_stored_once()
    {
        var inbox = new TableInbox(_clients);
        var e = TestSupport.Events.Nps("at-once", "r", 1, 9, null);

        var admissions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => inbox.AdmitAsync($"d{i}", [e])));

        Assert.Equal(1, admissions.Count(a => Assert.Single(a) == Admission.New));
        Assert.All(admissions.Where(a => a[0] != Admission.New), a => Assert.Equal(Admission.Duplicate, a[0]));
        var deliveries = await inbox.FindDeliveryIdsAsync(e.Source, e.Id);
        Assert.Equal(20, deliveries.Count);
        Assert.Equal(20, deliveries.Distinct().Count());
    }

    [Fact]
    public async Task An_event_too_large_for_a_message_even_compressed_travels_through_a_blob_intact()
    {
        var queue = new StorageEventQueue(_clients);
        var incompressible = Convert.ToBase64String(RandomNumberGenerator.GetBytes(90_000));
        var big = TestSupport.Events.Nps("big", "r", 1, 9, incompressible);

        await queue.EnqueueAsync([big]);
        var message = (await queue.Queue.ReceiveMessageAsync()).Value;

        Assert.StartsWith(StorageEventQueue.BlobReferencePrefix, message.MessageText, StringComparison.Ordinal);
        Assert.Equal(big.Nps!.Comment, Assert.Single(EventJson.DeserializeMessage(await queue.ReadBodyAsync(message.Body))).Nps!.Comment);
    }

    [Fact]
    public async Task Events_from_concurrent_requests_travel_compressed_in_few_messages_and_read_back_whole()
    {
        var queue = new StorageEventQueue(_clients);
        var words = new[] { "the", "agent", "solved", "my", "billing", "question", "quickly", "but", "waited", "hours", "é", "спасибо" };
        var events = Enumerable.Range(0, 600).Select(i => TestSupport.Events.Nps($"e{i}", $"r{i}", 1, 9,
            string.Join(' ', Enumerable.Range(0, 150).Select(w => words[(i * 7 + w * 13) % words.Length])))).ToList();

        // the queue exists, as it does after the first request: every request then submits at once, and how few
        // messages carry them does not depend on how the thread pool schedules the waiters of its creation
        await queue.EnsureCreatedAsync();

        await Task.WhenAll(events.Select(e => queue.EnqueueAsync([e])));
        var read = new List<CanonicalEvent>();
        var messages = 0;
        while ((await queue.Queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                messages++;
                Assert.Equal(0x1f, message.Body.ToMemory().Span[0]);
                var body = await queue.ReadBodyAsync(message.Body);
                read.AddRange(EventJson.DeserializeMessage(body));
            }
        }

        Assert.Equal(events.Select(e => e.Id).Order(), read.Select(e => e.Id).Order());
        Assert.Equal(events.Single(e => e.Id == "e42").Nps!.Comment, read.Single(e => e.Id == "e42").Nps!.Comment);
        Assert.True(messages < events.Count / 2, $"{messages} messages for {events.Count} events.");
    }

    [Fact]
    public async Task A_message_that_always_fails_lands_in_the_poison_store_after_max_attempts_and_replay_requeues_it()
    {
        var queue = new StorageEventQueue(_clients);
        var poison = TablePoisonStore.On(_clients.Table(TablePoisonStore.TableName));
        var failing = new Mock<IEventProjection>();
        failing.Setup(p => p.ProjectAsync(It.IsAny<CanonicalEvent>(), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("always fails"));
        var handler = new QueueMessageHandler(new EventProcessor([failing.Object], []), poison, TimeProvider.System);
        var consumer = new StorageQueueConsumer(queue, handler, new ConsumerOptions { MaxAttempts = 2 });
        await queue.EnqueueAsync([TestSupport.Events.Nps("p1", "r", 1, 9, null)]);

        await consumer.DrainOnceAsync();
        // The failed message is hidden for its back-off; make it visible again instead of waiting.
        await MakeVisibleAsync(queue);
        await consumer.DrainOnceAsync();

        var record = Assert.Single(await poison.ListAsync().ToListAsync());
        Assert.Equal(("InvalidOperationException: always fails", 2, "p1"), (record.Reason, record.Attempts, record.EventId));
        Assert.Equal(0, (await queue.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        var replay = new PoisonReplay(poison, new BlobDeliveryArchive(_clients), new EventAdmission(new TableInbox(_clients), queue), queue,
            new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions>()));
        Assert.Null(await replay.ReplayAsync(record.Id));
        Assert.Empty(await poison.ListAsync().ToListAsync());
        var requeued = (await queue.Queue.ReceiveMessageAsync()).Value;
        Assert.Equal("p1", Assert.Single(EventJson.DeserializeMessage(await queue.ReadBodyAsync(requeued.Body))).Id);
    }

    private static async Task MakeVisibleAsync(StorageEventQueue queue)
    {
        // Azurite has no clock control; peek is blind to invisible messages, so wait out the 2 s back-off of attempt 1.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(1, (await queue.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
