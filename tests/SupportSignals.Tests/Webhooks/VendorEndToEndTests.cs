using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Webhooks;

/// <summary>Vendor deliveries through the real host: signed as the vendor signs, stored, deduplicated, processed.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VendorEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string>
    {
        ["Webhooks:stripe:Secret"] = VendorSigning.SecretFor("stripe"),
        ["Webhooks:delighted:Secret"] = VendorSigning.SecretFor("delighted"),
        ["Webhooks:chargebee:Secret"] = VendorSigning.SecretFor("chargebee"),
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string source, string body) => VendorSigning.PostSignedAsync(_host, source, body);

    [Fact]
    public async Task Stripe_and_Delighted_deliveries_become_account_MRR_and_one_NPS_response_and_redeliveries_are_duplicates()
    {
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var stripe = $$$"""{"id":"evt_e2e","type":"customer.subscription.created","created":{{{created}}},"data":{"object":{"id":"sub_e2e","customer":"cus_e2e","status":"active","items":{"data":[{"quantity":2,"price":{"unit_amount":2500,"currency":"usd","recurring":{"interval":"month"} } }]} } } }""";
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync("stripe", stripe)).StatusCode);
        var again = await (await PostAsync("stripe", stripe)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.GetProperty("duplicate").GetBoolean());

        var score = """{"event_type":"survey_response.created","event_data":{"id":"resp_e2e","score":10,"created_at":1790000000,"updated_at":1790000000,"person":{"id":"p_e2e"},"person_properties":{"account_id":"cus_e2e"}}}""";
        var comment = """{"event_type":"survey_response.updated","event_data":{"id":"resp_e2e","score":10,"comment":"Fast, friendly support","created_at":1790000000,"updated_at":1790000060,"person":{"id":"p_e2e"},"person_properties":{"account_id":"cus_e2e"}}}""";
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync("delighted", score)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync("delighted", comment)).StatusCode);

        var accounts = _host.Services.GetRequiredService<IRecordStore<AccountState>>();
        var account = await Eventually.ReturnsAsync(() => accounts.FindAsync(AccountState.PartitionOf("cus_e2e"), AccountState.Row), a => a?.Mrr is not null);
        Assert.Equal(new Money(5000, "USD"), account!.Mrr);
        var nps = _host.Services.GetRequiredService<IRecordStore<NpsResponse>>();
        var response = await Eventually.ReturnsAsync(() => nps.FindAsync(NpsResponse.PartitionOf("delighted"), "resp_e2e"), r => r?.Comment is not null);
        Assert.Equal((10, "Fast, friendly support", "cus_e2e"), (response!.Score, response.Comment, response.AccountId));
    }

    [Fact]
    public async Task A_forged_vendor_request_is_401_and_an_unconfigured_vendor_is_404()
    {
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/stripe") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        forged.Headers.TryAddWithoutValidation("Stripe-Signature", $"t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()},v1=00");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client.SendAsync(forged)).StatusCode);
        using var unconfigured = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/zendesk") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.SendAsync(unconfigured)).StatusCode);
    }
}
