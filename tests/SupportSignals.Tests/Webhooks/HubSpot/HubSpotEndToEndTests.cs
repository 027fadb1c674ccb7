using System.Net;
using System.Text;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Tests.Advocates;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Webhooks.HubSpot;

/// <summary>
/// HubSpot ticket and deal webhooks through the real host: signed as HubSpot signs, each looked up in a CRM that
/// answers over HTTP; a ticket whose SQL property is set becomes a SQL on the account its company names, and the deal
/// won on that account marks it won with a traceable sql_won record; a deal the CRM does not know is poisoned with
/// the reason and replays once the CRM knows it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HubSpotEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeHubSpotCrm _crm = null!;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _crm = await FakeHubSpotCrm.StartAsync();
        _host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string>
        {
            ["Webhooks:hubspot:Secret"] = VendorSigning.SecretFor("hubspot"),
            ["Webhooks:hubspot:Settings:AccessToken"] = "pat-na1-e2e",
            ["Webhooks:hubspot:Settings:ApiUrl"] = _crm.ApiUrl.AbsoluteUri,
            ["Webhooks:hubspot:Settings:AccountProperty"] = "company.billing_id",
            ["Processing:MaxAttempts"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _crm.DisposeAsync();
    }

    private async Task PostHubSpotAsync(string body) => Assert.Equal(HttpStatusCode.Accepted, (await VendorSigning.PostSignedAsync(_host, "hubspot", body)).StatusCode);

    private static string DealWon(int eventId, string dealId) =>
        $$"""{"eventId":{{eventId}},"subscriptionId":7,"portalId":62515,"appId":5,"occurredAt":{{TestSupport.Events.Day0.AddDays(5).ToUnixTimeMilliseconds()}},"subscriptionType":"deal.propertyChange","propertyName":"dealstage","propertyValue":"closedwon","objectId":{{dealId}},"changeSource":"CRM","attemptNumber":0}""";

    private static string TicketCreated(int eventId, string ticketId) =>
        $$"""{"eventId":{{eventId}},"subscriptionId":8,"portalId":62515,"appId":5,"occurredAt":{{TestSupport.Events.Day0.AddDays(1).ToUnixTimeMilliseconds()}},"subscriptionType":"ticket.creation","objectId":{{ticketId}},"changeFlag":"CREATED","changeSource":"HELP_DESK","attemptNumber":0}""";

    private Task<JsonElement> SqlsAsync(string account) => HostCalls.GetJsonAsync(_host, $"/api/sqls?account={account}");

    private static bool Won(JsonElement sqls) => sqls.GetProperty("items").EnumerateArray().Any(s => s.GetProperty("status").GetString() == "won");

    [Fact]
    public async Task A_flagged_ticket_and_a_won_deal_meet_on_the_account_the_CRM_names_and_an_unknown_deal_replays_once_the_CRM_knows_it()
    {
        _crm.Add("companies", "501", new() { ["billing_id"] = "acc-h1" });
        _crm.Add("companies", "502", new() { ["billing_id"] = "acc-h2" });
        _crm.Add("tickets", "71", new() { ["subject"] = "SSO for 40 more seats?", ["hubspot_owner_id"] = "77", ["sql"] = "true" }, companies: ["501"], contacts: ["9001"]);
        _crm.Add("deals", "881", new() { ["hs_mrr"] = "30.00", ["deal_currency_code"] = "EUR", ["amount"] = "360" }, companies: ["501"]);
        await HostCalls.PostAsync(_host, TestSupport.Events.Ticket("hs-t2", "TH2", 1, tags: ["sql"], account: "acc-h2"));
        await HostCalls.DrainedAsync(_host);

        await PostHubSpotAsync($"[{TicketCreated(1, "71")},{DealWon(2, "881")},{DealWon(3, "882")}]");

        var sql = Assert.Single((await Eventually.ReturnsAsync(() => SqlsAsync("acc-h1"), Won)).GetProperty("items").EnumerateArray());
        Assert.Equal(("hubspot:71", "881", "77", "SSO for 40 more seats?"),
            (sql.GetProperty("id").GetString(), sql.GetProperty("dealId").GetString(), sql.GetProperty("agentId").GetString(), sql.GetProperty("reason").GetString()));
        var ledger = await Eventually.ReturnsAsync(() => HostCalls.GetJsonAsync(_host, "/api/attribution?account=acc-h1&rule=sql_won"), body => body.GetProperty("items").GetArrayLength() > 0);
        var mrr = Assert.Single(ledger.GetProperty("items").EnumerateArray()).GetProperty("mrr");
        Assert.Equal((3_000L, "EUR"), (mrr.GetProperty("minor").GetInt64(), mrr.GetProperty("currency").GetString()));
        Assert.Contains(_crm.Requests, r => r.Path == "/crm/v3/objects/deals/881" && r.Authorization == "Bearer pat-na1-e2e");

        var poisoned = await Eventually.ReturnsAsync(() => HostCalls.GetJsonAsync(_host, "/api/poison"), body => body.GetProperty("items").GetArrayLength() > 0);
        var item = Assert.Single(poisoned.GetProperty("items").EnumerateArray());
        Assert.Contains("HubSpot has no deal 882", item.GetProperty("reason").GetString());
        Assert.False(Won(await SqlsAsync("acc-h2")));

        _crm.Add("deals", "882", new() { ["hs_mrr"] = "12", ["deal_currency_code"] = "USD" }, companies: ["502"]);
        using var replay = new HttpRequestMessage(HttpMethod.Post, $"/api/poison/{Uri.EscapeDataString(item.GetProperty("id").GetString()!)}/replay");
        replay.Headers.Add("x-functions-key", RunningHost.ApiKey);
        Assert.Equal(HttpStatusCode.Accepted, (await _host.Client.SendAsync(replay)).StatusCode);

        var replayed = Assert.Single((await Eventually.ReturnsAsync(() => SqlsAsync("acc-h2"), Won)).GetProperty("items").EnumerateArray());
        Assert.Equal("882", replayed.GetProperty("dealId").GetString());
    }
}
