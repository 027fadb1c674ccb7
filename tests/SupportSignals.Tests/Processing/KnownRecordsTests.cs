using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api;
using SupportSignals.Azure.Storage;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Processing;

/// <summary>
/// The whole pipeline on Azurite, with the NPS response and analysis tables counting their reads: the projections after
/// the one that merges a record take it over instead of reading it back.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class KnownRecordsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_new_nps_response_is_read_only_to_check_the_advocate_copy()
    {
        using var services = Pipeline(AzuriteFixture.NewPrefix(), out var responses, out var analyses, out var filed);
        var processor = services.GetRequiredService<EventProcessor>();

        await processor.ProcessAsync(TestSupport.Events.Nps("e1", "resp-1", 1, 9, "Great support, thank you"));

        // A response not seen before is inserted without a read; the advocate projection checks it after writing its copy.
        Assert.Equal(1, responses.Reads);
        // A response created just now was never analysed; the daily facts take the analysis just written.
        Assert.Equal(0, analyses.Reads);
        // The response was created just now, so its facts were never filed: inserted without a read.
        Assert.Equal(0, filed.Reads);
        var facts = await services.GetRequiredService<IRecordStore<DailyFact>>().QueryAsync(RecordQuery.All).ToListAsync();
        Assert.Contains(facts, f => f.Kind == FactKind.Feedback && f.EntityId == "resp-1" && f.ServicePolarity == Polarity.Positive);
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        using var services = Pipeline(AzuriteFixture.NewPrefix(), out _, out var analyses, out _);
        var processor = services.GetRequiredService<EventProcessor>();
        var e = TestSupport.Events.Nps("e1", "resp-1", 1, 9, "Great support, thank you");
        await processor.ProcessAsync(e);
        var facts = services.GetRequiredService<IRecordStore<DailyFact>>();
        var before = await Json(facts);

        await processor.ProcessAsync(e);

        Assert.Equal(before, await Json(facts));
        Assert.Single(await analyses.QueryAsync(RecordQuery.All).ToListAsync());
    }

    // Records compare lists by reference; their JSON compares content.
    private static async Task<string> Json(IRecordStore<DailyFact> facts) =>
        System.Text.Json.JsonSerializer.Serialize(await facts.QueryAsync(RecordQuery.All).ToListAsync(), SupportSignals.Events.EventJson.Options);

    [Fact]
    public async Task Score_and_comment_processed_by_two_instances_merge_into_one_analysed_response()
    {
        var prefix = AzuriteFixture.NewPrefix();
        using var first = Pipeline(prefix, out _, out _, out _);
        using var second = Pipeline(prefix, out var responses, out var analyses, out _);

        await first.GetRequiredService<EventProcessor>().ProcessAsync(TestSupport.Events.Nps("score", "resp-1", 1, 9, null));
        // The second instance has not seen the response: its insert finds the first one's row and merges into it.
        await second.GetRequiredService<EventProcessor>().ProcessAsync(TestSupport.Events.Nps("comment", "resp-1", 1, 9, "Great support, thank you"));

        var response = Assert.Single(await responses.QueryAsync(RecordQuery.All).ToListAsync());
        Assert.Equal((9, "Great support, thank you"), (response.Score, response.Comment));
        Assert.Equal("Great support, thank you", Assert.Single(await analyses.QueryAsync(RecordQuery.All).ToListAsync()).Text);
        var facts = await second.GetRequiredService<IRecordStore<DailyFact>>().QueryAsync(RecordQuery.All).ToListAsync();
        Assert.Contains(facts, f => f.Kind == FactKind.Feedback && f.EntityId == "resp-1" && f.ServicePolarity == Polarity.Positive);
    }

    private ServiceProvider Pipeline(string prefix, out CountingStore<NpsResponse> responses, out CountingStore<FeedbackAnalysis> analyses, out CountingStore<FactEntity<NpsInputs>> filed)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = prefix,
        });
        builder.Services.AddLogging();
        builder.AddSupportSignals();
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = prefix });
        responses = new CountingStore<NpsResponse>(new TableRecordStore<NpsResponse>(clients.Table("NpsResponses")));
        analyses = new CountingStore<FeedbackAnalysis>(new TableRecordStore<FeedbackAnalysis>(clients.Table(FeedbackAnalysis.TableName)));
        builder.Services.AddSingleton<IRecordStore<NpsResponse>>(responses);
        filed = new CountingStore<FactEntity<NpsInputs>>(new TableRecordStore<FactEntity<NpsInputs>>(clients.Table(FactEntity<NpsInputs>.TableName)));
        builder.Services.AddSingleton<IRecordStore<FeedbackAnalysis>>(analyses);
        builder.Services.AddSingleton<IRecordStore<FactEntity<NpsInputs>>>(filed);
        return builder.Services.BuildServiceProvider();
    }
}
