using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Api.Webhooks;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Tests.Webhooks.HubSpot;

/// <summary>The CRM client against a real HTTP server answering in HubSpot's documented shapes.</summary>
public sealed class HubSpotCrmClientTests : IAsyncLifetime
{
    private FakeHubSpotCrm _crm = null!;
    private ServiceProvider _services = null!;
    private HubSpotCrmClient _client = null!;

    public async Task InitializeAsync()
    {
        _crm = await FakeHubSpotCrm.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = new SourceOptions { Secret = "client-secret" };
        options.Settings["AccessToken"] = "pat-na1-secret";
        options.Settings["ApiUrl"] = _crm.ApiUrl.AbsoluteUri.TrimEnd('/');
        _client = new HubSpotCrmClient(_services.GetRequiredService<IHttpClientFactory>(), options);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _crm.DisposeAsync();
    }

    [Fact]
    public async Task Reads_the_asked_properties_and_each_associated_company_once_with_the_token_as_bearer()
    {
        _crm.Add("tickets", "99", new() { ["subject"] = "More seats", ["hs_ticket_priority"] = null, ["content"] = "…" }, companies: ["101", "102"], contacts: ["7"]);

        var record = await _client.FindAsync("tickets", "99", ["subject", "hs_ticket_priority"], ["companies", "contacts"]);

        Assert.NotNull(record);
        Assert.Equal("More seats", record.Property("subject"));
        Assert.Null(record.Property("hs_ticket_priority"));
        Assert.False(record.Properties.ContainsKey("content"));
        Assert.Equal(["101", "102"], record.Associations["companies"]);
        Assert.Equal("7", record.FirstAssociated("contacts"));
        var request = Assert.Single(_crm.Requests);
        Assert.Equal(("/crm/v3/objects/tickets/99", "?properties=subject%2Chs_ticket_priority&associations=companies%2Ccontacts", "Bearer pat-na1-secret"), request);
    }

    [Fact]
    public async Task Without_associations_asked_none_are_read()
    {
        _crm.Add("companies", "101", new() { ["stripe_customer"] = "cus_7" }, companies: ["999"]);

        var record = await _client.FindAsync("companies", "101", ["stripe_customer"], []);

        Assert.Equal(("cus_7", null), (record!.Property("stripe_customer"), record.FirstAssociated("companies")));
        Assert.DoesNotContain("associations", Assert.Single(_crm.Requests).Query);
    }

    [Fact]
    public async Task An_unknown_record_is_null() => Assert.Null(await _client.FindAsync("deals", "404", ["amount"], ["companies"]));

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_token_fails_the_event_with_the_setting_and_scope_named(int status)
    {
        _crm.AnswerNext(status);

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => _client.FindAsync("deals", "99", ["amount"], ["companies"]));

        Assert.Contains($"({status})", failure.Message);
        Assert.Contains("crm.objects.deals.read", failure.Message);
        Assert.DoesNotContain("pat-na1-secret", failure.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    public async Task Rate_limits_and_server_errors_throw_for_the_queue_to_retry(int status)
    {
        _crm.AnswerNext(status);

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.FindAsync("deals", "99", ["amount"], ["companies"]));
    }
}
