using Azure.Core;
using Azure.Data.Tables;
using SupportSignals.Azure.Processing;
using SupportSignals.Azure.Storage;
using SupportSignals.Processing;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Processing;

/// <summary>The poison table on Azurite: paged, payload-free listing and counting, checked on the wire.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePoisonStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset FailedAt = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
    private readonly ResponseRecorder _recorder = new();

    private TableClient Table()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_recorder, HttpPipelinePosition.PerCall);
        return new TableClient(azurite.ConnectionString, azurite.NewClients().Table(TablePoisonStore.TableName).Name, options);
    }

    private static PoisonRecord Record(int i) => new()
    {
        Id = $"msg-{i:D4}",
        Kind = PoisonKind.Processing,
        Source = "generic",
        Reason = $"InvalidOperationException: failure {i}",
        Payload = $$$"""{"id":"e-{{{i}}}","contact":{"email":"person{{{i}}}@customer.example"}}""",
        EventId = $"e-{i}",
        Attempts = 5,
        FailedAt = FailedAt.AddMinutes(i),
    };

    [Fact]
    public async Task Pages_follow_continuations_in_id_order_and_storage_never_sends_a_payload()
    {
        var table = Table();
        var store = TablePoisonStore.On(table);
        // Written out of order: the listing's order is the key's, not the order of arrival.
        foreach (var i in Enumerable.Range(0, 25).Reverse()) await store.AddAsync(Record(i));
        _recorder.Clear();

        var pages = new List<IReadOnlyList<PoisonSummary>>();
        string? continuation = null;
        do
        {
            var page = await store.ListPageAsync(10, continuation);
            pages.Add(page.Items);
            continuation = page.Continuation;
        } while (continuation is not null);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        var listed = pages.SelectMany(p => p).ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"msg-{i:D4}"), listed.Select(s => s.Id));
        Assert.All(listed, s => Assert.Equal(typeof(PoisonSummary), s.GetType()));
        var expected = Record(7);
        Assert.Equal(new PoisonSummary
        {
            Id = expected.Id,
            Kind = expected.Kind,
            Source = expected.Source,
            Reason = expected.Reason,
            EventId = expected.EventId,
            Attempts = expected.Attempts,
            FailedAt = expected.FailedAt,
        }, listed[7]);

        var queries = _recorder.Exchanges.Where(e => e.Uri.Contains("$filter=", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, queries.Count);
        Assert.All(queries, e => Assert.Contains("$select=", e.Uri, StringComparison.Ordinal));
        Assert.All(_recorder.Exchanges, e => Assert.DoesNotContain("customer.example", e.Body, StringComparison.Ordinal));
        Assert.All(_recorder.Exchanges, e => Assert.DoesNotContain("payload", e.Body, StringComparison.Ordinal));

        Assert.Equal(expected, await store.FindAsync("msg-0007"));
    }

    [Fact]
    public async Task Count_spans_storage_pages_without_reading_a_payload()
    {
        var table = Table();
        var records = new TableRecordStore<PoisonRecord>(table);
        // More rows than one storage response holds (1000), written in batches rather than one request each.
        await records.UpsertManyAsync([.. Enumerable.Range(0, 1003).Select(i => ("poison", $"msg-{i:D4}", Record(i)))]);
        _recorder.Clear();

        Assert.Equal(1003, await TablePoisonStore.On(table).CountAsync());
        Assert.True(_recorder.Exchanges.Count >= 2);
        Assert.All(_recorder.Exchanges, e => Assert.DoesNotContain("customer.example", e.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_table_lists_one_empty_last_page_and_counts_zero()
    {
        var store = TablePoisonStore.On(Table());

        var page = await store.ListPageAsync(10, null);

        Assert.Empty(page.Items);
        Assert.Null(page.Continuation);
        Assert.Equal(0, await store.CountAsync());
    }
}
