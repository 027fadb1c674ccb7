using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.Retention.SummaryHost;

namespace SupportSignals.Tests.Retention;

/// <summary>The summary routes on the real host and Azurite, from webhooks in to figures and pages out.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryEndpointsTests(AzuriteFixture azurite)
{
    private static readonly string Day = DayKeys.Iso(Yesterday);

    [Fact]
    public async Task Running_yesterday_stores_a_summary_served_as_json_latest_and_a_page_that_traces_its_figures()
    {
        await using var host = await StartSeededAsync(azurite);

        var run = await PostAsync(host, $"/api/summaries/run?date={Day}");
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var latest = await GetJsonAsync(host, "/api/summaries/latest");
        var byDate = await GetJsonAsync(host, $"/api/summaries/{Day}");

        Assert.Equal(Day, latest.GetProperty("date").GetString());
        Assert.Equal(latest.GetRawText(), byDate.GetRawText());
        var d30 = byDate.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "d30");
        // acc-eu (EUR 100) churned the day before yesterday; acc-us (USD 200) rose to 300 yesterday.
        Assert.Equal(0.5, d30.GetProperty("retention").GetProperty("logoRetention").GetDouble());
        var usd = d30.GetProperty("retention").GetProperty("revenue").EnumerateArray().Single(r => r.GetProperty("currency").GetString() == "USD");
        Assert.Equal(1.5, usd.GetProperty("nrr").GetDouble());
        Assert.Equal(100.0, d30.GetProperty("nps").GetProperty("score").GetDouble());
        Assert.Equal(10800.0, d30.GetProperty("times").GetProperty("fullResolution").GetProperty("medianSeconds").GetDouble());

        var page = await host.Client.GetAsync(WithKey($"/api/summaries/{Day}.html"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HostilePlan, html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("plan:" + HostilePlan), html, StringComparison.Ordinal);
        // Drill-downs carry the key the page was opened with, and go to the records behind each figure.
        Assert.Contains(WebUtility.HtmlEncode($"/api/summaries/{Day}/accounts?period=d30&movement=churned&code={RunningHost.ApiKey}"), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"/api/attribution?rule=churn_save&from="), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"/api/sqls?from="), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"/api/facts/mentions?from="), html, StringComparison.Ordinal);

        var churned = await GetJsonAsync(host, $"/api/summaries/{Day}/accounts?period=d30&movement=churned");
        Assert.Equal(["acc-eu"], churned.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("accountId").GetString()));
    }

    [Fact]
    public async Task Routes_refuse_without_a_key_and_with_bad_dates_and_backfill_recomputes_a_range()
    {
        await using var host = await StartSeededAsync(azurite);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync($"/api/summaries/{Day}.html")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync($"/api/summaries/run?date={Day}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync($"/api/facts/mentions?from={Day}&to={Day}")).StatusCode);
        var today = DayKeys.Iso(Yesterday.AddDays(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, $"/api/summaries/run?date={today}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, $"/api/summaries/run?date=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync(WithKey("/api/summaries/20261120"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(WithKey("/api/summaries/2001-01-01.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, $"/api/summaries/backfill?from={Day}&to={DayKeys.Iso(Yesterday.AddDays(-1))}")).StatusCode);

        var backfill = await PostAsync(host, $"/api/summaries/backfill?from={DayKeys.Iso(Yesterday.AddDays(-2))}&to={Day}");
        Assert.Equal(HttpStatusCode.OK, backfill.StatusCode);
        var days = JsonDocument.Parse(await backfill.Content.ReadAsStringAsync()).RootElement.GetProperty("days");
        Assert.Equal([DayKeys.Iso(Yesterday.AddDays(-2)), DayKeys.Iso(Yesterday.AddDays(-1)), Day], days.EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(WithKey($"/api/summaries/{DayKeys.Iso(Yesterday.AddDays(-2))}"))).StatusCode);
    }

    [Fact]
    public async Task Mentions_lists_the_analysed_comments_behind_a_service_figure_with_its_filters()
    {
        await using var host = await StartSeededAsync(azurite);
        var facts = host.Services.GetRequiredService<IRecordStore<DailyFact>>();
        var at = DayKeys.Start(Yesterday).AddHours(12);
        DailyFact Comment(string id, int score, params ServiceMention[] mentions) => new()
        {
            Kind = FactKind.Feedback,
            Key = $"nps-generic:{id}",
            At = at,
            Source = "generic",
            EntityId = id,
            Score = score,
            FeedbackKind = FeedbackKind.Nps,
            MentionsService = mentions.Length > 0,
            ServicePolarity = FeedbackAnalysisProjection.ServicePolarity(mentions),
            Mentions = mentions,
        };
        ServiceMention Mention(ServiceCategory category, Polarity polarity) => new("text", 0, 4, polarity, 0.9, category, "support");
        foreach (var fact in new[]
        {
            Comment("slow", 3, Mention(ServiceCategory.Speed, Polarity.Negative)),
            Comment("mixed", 5, Mention(ServiceCategory.Speed, Polarity.Positive), Mention(ServiceCategory.Knowledge, Polarity.Negative)),
            Comment("happy", 10, Mention(ServiceCategory.Friendliness, Polarity.Positive)),
            Comment("silent", 9),
        })
            await facts.UpsertAsync(fact.Day, DailyFact.RowOf(fact.Kind, fact.Key), fact);

        async Task<string[]> Ids(string query) =>
            [.. (await GetJsonAsync(host, $"/api/facts/mentions?from={Day}&to={Day}&{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order()];

        // n-1 is the seeded host's own NPS comment ("Quick and kind support"), analysed by the embedded analyzer.
        Assert.Equal(["happy", "mixed", "n-1", "slow"], await Ids("kind=nps"));
        Assert.Equal(["mixed", "slow"], await Ids("polarity=blame"));
        Assert.Equal(["slow"], await Ids("category=speed_responsiveness&polarity=negative"));
        Assert.Equal(["happy", "n-1"], await Ids("polarity=praise&minScore=9"));
        Assert.Equal(["mixed", "slow"], await Ids("maxScore=6"));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync(WithKey($"/api/facts/mentions?from={Day}&to={Day}&category=speed"))).StatusCode);
    }
}
