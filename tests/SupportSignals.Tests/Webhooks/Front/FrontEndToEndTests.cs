using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportSignals.Tests.Advocates;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Webhooks.Front;

/// <summary>
/// Front conversation webhooks through the real host, signed as Front signs: the customer's account is read from the
/// Front contact's custom field over HTTP, so a conversation tagged SQL becomes a SQL on that account; a later event
/// of the same customer does not ask Front again, and a customer Front does not know leaves a ticket without account.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FrontEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeFront _front = null!;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _front = await FakeFront.StartAsync();
        _host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string>
        {
            ["Webhooks:front:Secret"] = VendorSigning.SecretFor("front"),
            ["Webhooks:front:Settings:AccessToken"] = "front-e2e-token",
            ["Webhooks:front:Settings:ApiUrl"] = _front.ApiUrl.AbsoluteUri,
            ["Webhooks:front:Settings:AccountField"] = "Billing id",
            ["Processing:MaxAttempts"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _front.DisposeAsync();
    }

    private static string Conversation(string eventId, string type, string conversationId, string handle, double emittedAt, string status = "unassigned") =>
        $$"""{"type":"{{type}}","payload":{"_links":{"self":"https://api2.frontapp.com/events/{{eventId}}"},"id":"{{eventId}}","type":"{{type}}","emitted_at":{{emittedAt}},"source":{"_meta":{"type":"inboxes"},"data":[{"id":"inb_1"}]},"conversation":{"id":"{{conversationId}}","subject":"Could we add 40 seats?","status":"{{status}}","assignee":{"id":"tea_77"},"recipient":{"handle":"{{handle}}","role":"from"},"tags":[{"id":"tag_1","name":"SQL"}],"created_at":{{emittedAt}} } } }""";

    private async Task PostFrontAsync(string body) => Assert.Equal(HttpStatusCode.Accepted, (await VendorSigning.PostSignedAsync(_host, "front", body)).StatusCode);

    [Fact]
    public async Task A_conversation_tagged_SQL_becomes_a_SQL_on_the_account_its_Front_contact_names()
    {
        _front.AddContact("jane@acme.example", new JsonObject { ["Billing id"] = "acc-f1", ["Seats"] = 12 });
        var now = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds() / 1000.0;

        await PostFrontAsync(Conversation("evt_f1", "inbound", "cnv_f1", "jane@acme.example", now));
        await PostFrontAsync(Conversation("evt_f2", "inbound", "cnv_f2", "ghost@nowhere.example", now));
        await HostCalls.DrainedAsync(_host);
        await PostFrontAsync(Conversation("evt_f3", "archive", "cnv_f1", "jane@acme.example", now + 60, status: "archived"));
        await HostCalls.DrainedAsync(_host);

        var sqls = await Eventually.ReturnsAsync(() => HostCalls.GetJsonAsync(_host, "/api/sqls?account=acc-f1"), body => body.GetProperty("items").GetArrayLength() > 0);
        var sql = Assert.Single(sqls.GetProperty("items").EnumerateArray());
        Assert.Equal(("front:cnv_f1", "tea_77"), (sql.GetProperty("id").GetString(), sql.GetProperty("agentId").GetString()));
        Assert.Equal(
            ["/contacts/alt:email:ghost%40nowhere.example", "/contacts/alt:email:jane%40acme.example"],
            _front.Requests.Select(r => r.Target).Order(StringComparer.Ordinal));
        Assert.All(_front.Requests, r => Assert.Equal("Bearer front-e2e-token", r.Authorization));
        var poisoned = await HostCalls.GetJsonAsync(_host, "/api/poison");
        Assert.Equal(0, poisoned.GetProperty("items").GetArrayLength());
    }
}
