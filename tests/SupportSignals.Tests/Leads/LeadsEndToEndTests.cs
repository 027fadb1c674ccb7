using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using SupportSignals.Events;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Leads;

/// <summary>SQLs and the ledger end to end: signed events in (out of order, duplicated), read APIs out, JSON and CSV.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LeadsEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task SendAsync(params CanonicalEvent[] events)
    {
        var response = await GenericWebhooks.PostAsync(_host.Client, JsonSerializer.Serialize(new { events }, EventJson.Options));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", RunningHost.ApiKey);
        if (accept is not null) request.Headers.Add("Accept", accept);
        return await _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_deal_won_before_its_flag_arrives_ends_in_a_won_SQL_and_a_traceable_sql_won_record()
    {
        var now = DateTimeOffset.UtcNow.Date;
        CanonicalEvent At(CanonicalEvent e, int daysAgo) => e with { OccurredAt = new DateTimeOffset(now, TimeSpan.Zero).AddDays(-daysAgo) };
        var subscription = At(TestSupport.Events.Subscription("e2e-s0", "acc-l1", 0, SubscriptionStatus.Active, 10_000), 60);
        var flag = At(TestSupport.Events.Ticket("e2e-t1", "TL1", 0, tags: ["sql"], account: "acc-l1"), 40);
        var won = At(new CanonicalEvent { Id = "e2e-d1", Type = EventType.DealWon, OccurredAt = default, AccountId = "acc-l1", Deal = new DealInfo { Id = "D1", TicketId = "TL1", Mrr = new Money(3_000, "EUR") } }, 20);
        var upgrade = At(TestSupport.Events.Subscription("e2e-s1", "acc-l1", 0, SubscriptionStatus.Active, 13_000, beforeMinor: 10_000), 19);

        await SendAsync(subscription, won, upgrade);
        await Task.Delay(500);
        await SendAsync(flag, won);

        var sqls = await Eventually.ReturnsAsync(async () => await (await GetAsync("/api/sqls?account=acc-l1")).Content.ReadFromJsonAsync<JsonElement>(),
            body => body.GetProperty("items").EnumerateArray().Any(s => s.GetProperty("status").GetString() == "won"));
        var sql = Assert.Single(sqls.GetProperty("items").EnumerateArray());
        Assert.Equal(("generic:TL1", "D1"), (sql.GetProperty("id").GetString(), sql.GetProperty("dealId").GetString()));

        var ledger = await Eventually.ReturnsAsync(async () => await (await GetAsync("/api/attribution?account=acc-l1&rule=sql_won")).Content.ReadFromJsonAsync<JsonElement>(),
            body => body.GetProperty("items").GetArrayLength() > 0);
        var record = Assert.Single(ledger.GetProperty("items").EnumerateArray());
        Assert.Equal((3_000L, "EUR", "TL1", "generic:TL1"),
            (record.GetProperty("mrr").GetProperty("minor").GetInt64(), record.GetProperty("mrr").GetProperty("currency").GetString(), record.GetProperty("interactionId").GetString(), record.GetProperty("sqlId").GetString()));

        var csv = await (await GetAsync("/api/attribution?account=acc-l1", "text/csv")).Content.ReadAsStringAsync();
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { Separator = ',', NormalizeHeaderName = name => name.Replace("_", "", StringComparison.Ordinal) });
        var row = Assert.Single(reader.GetRecords<AttributionCsvRow>().ToList());
        Assert.Equal(("sql_won", 3000L, 36000L, "EUR", "TL1"), (row.Rule, row.MrrMinor, row.ArrMinor, row.Currency, row.Interaction));
    }

    [Fact]
    public async Task Totals_count_the_SQLs_flagged_in_the_period_with_their_won_MRR_and_a_status_change_with_the_account_is_a_point_read()
    {
        var now = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero);
        await SendAsync(
            TestSupport.Events.Ticket("tot-1", "TT1", 0, tags: ["sql"], account: "acc-t1") with { OccurredAt = now.AddDays(-3) },
            TestSupport.Events.Ticket("tot-2", "TT2", 0, tags: ["sql"], account: "acc-t1") with { OccurredAt = now.AddDays(-2) },
            TestSupport.Events.Ticket("tot-3", "TT3", 0, tags: ["sql"], account: "acc-t2") with { OccurredAt = now.AddDays(-40) });
        await Eventually.ReturnsAsync(async () => await (await GetAsync("/api/sqls")).Content.ReadFromJsonAsync<JsonElement>(),
            body => body.GetProperty("items").GetArrayLength() == 3);
        // With the account the SQL is a point read: another account's partition does not hold it.
        Assert.Equal(HttpStatusCode.NotFound, (await WinAsync("/api/sqls/generic:TT1/status?account=acc-t2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WinAsync("/api/sqls/generic:TT1/status?account=acc-t1")).StatusCode);

        var lastMonth = await (await GetAsync("/api/sqls/totals?by=account")).Content.ReadFromJsonAsync<JsonElement>();
        var longer = await (await GetAsync($"/api/sqls/totals?by=account&from={now.AddDays(-60):yyyy-MM-dd}")).Content.ReadFromJsonAsync<JsonElement>();

        var t1 = Assert.Single(lastMonth.GetProperty("items").EnumerateArray());
        Assert.Equal(("acc-t1", 2, 1, 0.5), (t1.GetProperty("key").GetString(), t1.GetProperty("flagged").GetInt32(), t1.GetProperty("won").GetInt32(), t1.GetProperty("wonOfFlagged").GetDouble()));
        var mrr = Assert.Single(t1.GetProperty("wonMrr").EnumerateArray());
        Assert.Equal((5_000L, "EUR"), (mrr.GetProperty("minor").GetInt64(), mrr.GetProperty("currency").GetString()));
        Assert.Equal(["acc-t1", "acc-t2"], longer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
    }

    private async Task<HttpResponseMessage> WinAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { status = "won", mrr = new { minor = 5_000, currency = "EUR" } }) };
        request.Headers.Add("x-functions-key", RunningHost.ApiKey);
        return await _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Status_can_be_set_by_API_and_paging_follows_continuations()
    {
        var now = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero);
        await SendAsync([.. Enumerable.Range(0, 5).Select(i => TestSupport.Events.Ticket($"p-{i}", $"TP{i}", 0, tags: ["sql"], account: "acc-page") with { OccurredAt = now.AddHours(-i) })]);
        var all = await Eventually.ReturnsAsync(async () => await (await GetAsync("/api/sqls?account=acc-page")).Content.ReadFromJsonAsync<JsonElement>(),
            body => body.GetProperty("items").GetArrayLength() == 5);

        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await (await GetAsync("/api/sqls?account=acc-page&limit=2" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation)))).Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
            continuation = page.GetProperty("continuation").GetString();
        } while (continuation is not null);
        Assert.Equal(5, seen.Distinct().Count());

        using var accept = new HttpRequestMessage(HttpMethod.Post, "/api/sqls/generic:TP0/status") { Content = new StringContent("""{"status":"accepted"}""", Encoding.UTF8, "application/json") };
        accept.Headers.Add("x-functions-key", RunningHost.ApiKey);
        var accepted = await _host.Client.SendAsync(accept);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/sqls/generic:TP0/status") { Content = new StringContent("""{"status":"maybe"}""", Encoding.UTF8, "application/json") };
        bad.Headers.Add("x-functions-key", RunningHost.ApiKey);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Client.SendAsync(bad)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client.GetAsync("/api/attribution")).StatusCode);
    }
}

/// <summary>The attribution CSV columns the test reads back (CsvHelper generates the mapping).</summary>
[CsvRecord]
internal sealed partial class AttributionCsvRow
{
    public string Rule { get; set; } = "";
    public long MrrMinor { get; set; }
    public long ArrMinor { get; set; }
    public string Currency { get; set; } = "";
    public string Interaction { get; set; } = "";
}
