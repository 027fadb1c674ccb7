using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment;

/// <summary>NPS comments through the real host and the embedded analyzer, into FeedbackAnalyses, read back by the API.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SentimentPipelineEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_comment_praising_the_product_and_blaming_support_is_stored_with_a_negative_service_mention()
    {
        await GenericWebhooks.PostAsync(_host.Client, GenericWebhooks.NpsEvent("sent-1", 6, "The product is great but support never answered my ticket."));
        await GenericWebhooks.PostAsync(_host.Client, GenericWebhooks.NpsEvent("sent-2", 10, "Поддержка ответила очень быстро, спасибо!"));

        var body = await Eventually.ReturnsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/mentions?kind=nps&serviceOnly=true");
            request.Headers.Add("x-functions-key", RunningHost.ApiKey);
            return await (await _host.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        }, b => b.GetProperty("items").GetArrayLength() == 2);

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("feedbackId").GetString()!);
        Assert.Equal(("en", "negative"), (items["sent-1"].GetProperty("language").GetString(), items["sent-1"].GetProperty("servicePolarity").GetString()));
        var mention = items["sent-1"].GetProperty("mentions")[0];
        Assert.Contains("support", mention.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("ru", "positive"), (items["sent-2"].GetProperty("language").GetString(), items["sent-2"].GetProperty("servicePolarity").GetString()));
    }

    [Fact]
    public async Task Reanalyse_brings_an_older_analysis_up_to_the_running_analyzer_and_names_the_backfill()
    {
        var analyses = _host.Services.GetRequiredService<IRecordStore<FeedbackAnalysis>>();
        var older = new FeedbackAnalysis
        {
            Kind = FeedbackKind.Nps,
            Source = "generic",
            FeedbackId = "old-1",
            Score = 4,
            GivenAt = new DateTimeOffset(2026, 10, 3, 9, 0, 0, TimeSpan.Zero),
            Text = "Support never answered my ticket.",
            Language = "en",
            Polarity = Polarity.Neutral,
            AnalysedAt = new DateTimeOffset(2026, 10, 3, 9, 1, 0, TimeSpan.Zero),
            AnalyzerVersion = "embedded/older",
        };
        await analyses.UpsertAsync(FeedbackAnalysis.PartitionOf(older.Kind, older.Source), FeedbackAnalysis.RowOf(older.FeedbackId), older);

        var unkeyed = await _host.Client.PostAsync("/api/mentions/reanalyse", null);
        var badDate = await ReanalyseAsync("from=yesterday");
        var body = await (await ReanalyseAsync("kind=nps&from=2026-10-01&to=2026-11-01")).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await ReanalyseAsync("kind=nps")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, unkeyed.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (badDate.StatusCode, badDate.Content.Headers.ContentType?.MediaType));
        Assert.Equal((1, 1, 1), (body.GetProperty("examined").GetInt32(), body.GetProperty("reanalysed").GetInt32(), body.GetProperty("changed").GetInt32()));
        Assert.Equal("/api/summaries/backfill?from=2026-10-03&to=2026-10-03", body.GetProperty("backfill").GetString());
        Assert.Equal(0, again.GetProperty("reanalysed").GetInt32());
        var stored = await analyses.FindAsync(FeedbackAnalysis.PartitionOf(older.Kind, older.Source), FeedbackAnalysis.RowOf(older.FeedbackId));
        Assert.Equal((_host.Services.GetRequiredService<ISentimentAnalyzer>().Version, Polarity.Negative), (stored!.AnalyzerVersion, stored.ServicePolarity));
        Assert.Equal(stored.AnalyzerVersion, body.GetProperty("analyzerVersion").GetString());
    }

    private async Task<HttpResponseMessage> ReanalyseAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/mentions/reanalyse?{query}");
        request.Headers.Add("x-functions-key", RunningHost.ApiKey);
        return await _host.Client.SendAsync(request);
    }
}
