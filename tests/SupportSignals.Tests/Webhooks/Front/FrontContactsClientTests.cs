using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Api.Webhooks;
using SupportSignals.Processing;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Webhooks.Front;

/// <summary>The contacts client against a real HTTP server answering in Front's documented shapes.</summary>
public sealed class FrontContactsClientTests : IAsyncLifetime
{
    private FakeFront _front = null!;
    private ServiceProvider _services = null!;
    private FrontContactsClient _client = null!;

    public async Task InitializeAsync()
    {
        _front = await FakeFront.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = new SourceOptions { Secret = "front-app-secret" };
        options.Settings["AccessToken"] = "front-api-token";
        options.Settings["ApiUrl"] = _front.ApiUrl.AbsoluteUri.TrimEnd('/');
        _client = new FrontContactsClient(_services.GetRequiredService<IHttpClientFactory>(), options);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _front.DisposeAsync();
    }

    [Fact]
    public async Task Reads_the_custom_fields_of_the_contact_an_alias_names_as_text_with_the_token_as_bearer()
    {
        _front.AddContact("jane+billing@acme.example", new JsonObject { ["Billing id"] = "cus_881", ["Seats"] = 40, ["VIP"] = true, ["Notes"] = null });

        var contact = await _client.FindAsync("alt:email:jane+billing@acme.example");

        Assert.NotNull(contact);
        Assert.Equal(("cus_881", "40", "true"), (contact.CustomField("Billing id"), contact.CustomField("Seats"), contact.CustomField("VIP")));
        Assert.False(contact.CustomFields.ContainsKey("Notes"));
        var request = Assert.Single(_front.Requests);
        Assert.Equal(("/contacts/alt:email:jane%2Bbilling%40acme.example", "Bearer front-api-token"), request);
    }

    [Fact]
    public async Task An_unknown_contact_is_null() => Assert.Null(await _client.FindAsync("alt:email:nobody@acme.example"));

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_token_fails_the_event_with_the_setting_named(int status)
    {
        _front.AnswerNext(status);

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => _client.FindAsync("alt:email:jane@acme.example"));

        Assert.Contains($"({status})", failure.Message);
        Assert.Contains("Webhooks__front__Settings__AccessToken", failure.Message);
        Assert.DoesNotContain("front-api-token", failure.Message);
        Assert.DoesNotContain("jane@acme.example", failure.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Rate_limits_and_server_errors_throw_for_the_queue_to_retry(int status)
    {
        _front.AnswerNext(status);

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.FindAsync("alt:email:jane@acme.example"));
    }
}
