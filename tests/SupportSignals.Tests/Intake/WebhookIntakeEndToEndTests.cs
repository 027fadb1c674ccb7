using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Customers;
using SupportSignals.Feedback;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Intake;

/// <summary>The real host on Kestrel, real Azurite: signed webhooks in, table rows out.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookIntakeEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_signed_batch_is_accepted_processed_into_tables_and_its_redelivery_is_a_harmless_duplicate()
    {
        var batch = $$$"""
            {"events":[
              {{{GenericWebhooks.NpsEvent("nps-1", 10, "Support answered in minutes")}}},
              {"id":"t-1","type":"ticket.created","occurredAt":"2026-11-20T09:00:00Z","accountId":"acc-1","contactId":"con-1",
               "ticket":{"id":"T1","subject":"Upgrade?","status":"open","tags":["sql","billing"]}},
              {"id":"r-1","type":"agent.replied","occurredAt":"2026-11-20T09:30:00Z","accountId":"acc-1","agentId":"ag-7","reply":{"ticketId":"T1"}},
              {"id":"s-1","type":"subscription.changed","occurredAt":"2026-11-20T08:00:00Z","accountId":"acc-1",
               "account":{"name":"Acme","plan":"pro","region":"EU"},
               "subscription":{"id":"sub-1","status":"active","mrrAfter":{"minor":49900,"currency":"EUR"} } }
            ]}
            """;

        var first = await GenericWebhooks.PostAsync(_host.Client, batch);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var accepted = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, accepted.GetProperty("events").GetInt32());
        Assert.Equal(0, accepted.GetProperty("duplicates").GetInt32());
        Assert.False(accepted.GetProperty("duplicate").GetBoolean());

        var tickets = _host.Services.GetRequiredService<IRecordStore<TicketState>>();
        var ticket = await Eventually.ReturnsAsync(() => tickets.FindAsync(TicketState.PartitionOf("generic", "T1"), TicketState.Row),
            t => t?.FirstPublicReplyAt is not null && t.Tags.Count > 0);
        Assert.Equal(["sql", "billing"], ticket!.Tags);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture), ticket.FirstPublicReplyAt);

        var accounts = _host.Services.GetRequiredService<IRecordStore<AccountState>>();
        var account = await Eventually.ReturnsAsync(() => accounts.FindAsync(AccountState.PartitionOf("acc-1"), AccountState.Row), a => a?.Mrr is not null);
        Assert.Equal(new SupportSignals.Events.Money(49900, "EUR"), account!.Mrr);
        Assert.Equal("pro", account.Plan);

        var nps = _host.Services.GetRequiredService<IRecordStore<NpsResponse>>();
        var response = await Eventually.ReturnsAsync(() => nps.FindAsync(NpsResponse.PartitionOf("generic"), "nps-1"), r => r is not null);
        Assert.Equal(10, response!.Score);
        Assert.Equal("Support answered in minutes", response.Comment);

        var again = await GenericWebhooks.PostAsync(_host.Client, batch);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var duplicate = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
        Assert.Equal(4, duplicate.GetProperty("duplicates").GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_large_body_is_archived_byte_for_byte_whether_its_length_is_declared_or_it_comes_in_chunks(bool chunked)
    {
        // Well past the first read buffer of a chunked body, so it has to grow.
        var events = Enumerable.Range(0, 60).Select(i => GenericWebhooks.NpsEvent($"large-{chunked}-{i}", 9, $"Comment {i}: " + new string('é', 1000)));
        var json = "{\"events\":[" + string.Join(",", events) + "]}";

        var response = await GenericWebhooks.PostAsync(_host.Client, json, chunked: chunked);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deliveryId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryId").GetString()!;
        var archived = await _host.Services.GetRequiredService<SupportSignals.Intake.IDeliveryArchive>().FindAsync("generic", deliveryId);
        Assert.Equal(Encoding.UTF8.GetBytes(json), archived!.Body.ToArray());
    }

    [Fact]
    public async Task A_batch_with_one_invalid_event_keeps_the_others_and_poisons_the_bad_one_with_its_reason()
    {
        var batch = $"[{GenericWebhooks.NpsEvent("ok-1", 9)},{GenericWebhooks.NpsEvent("bad-1", 11)}]";

        var response = await GenericWebhooks.PostAsync(_host.Client, batch);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("events").GetInt32());
        Assert.Equal(1, body.GetProperty("rejected").GetInt32());
        var poison = await KeyedGetAsync("/api/poison");
        var item = Assert.Single(poison.GetProperty("items").EnumerateArray());
        Assert.Equal("nps.score must be 0..10", item.GetProperty("reason").GetString());
        Assert.False(item.TryGetProperty("payload", out _));
        var opened = await KeyedGetAsync($"/api/poison/{item.GetProperty("id").GetString()}");
        Assert.Contains("bad-1", opened.GetProperty("payload").GetString(), StringComparison.Ordinal);

        // Replay re-normalises the archived delivery with today's code: the item still fails, so it stays, with a 409.
        using var replay = new HttpRequestMessage(HttpMethod.Post, $"/api/poison/{item.GetProperty("id").GetString()}/replay");
        replay.Headers.Add("x-functions-key", RunningHost.ApiKey);
        var replayed = await _host.Client.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.Single((await KeyedGetAsync("/api/poison")).GetProperty("items").EnumerateArray());
    }

    public static TheoryData<string, string?, HttpStatusCode, string> Refusals => new()
    {
        { "unknown source", null, HttpStatusCode.NotFound, "unknown-source" },
        { "not json", null, HttpStatusCode.BadRequest, "malformed-payload" },
        { "no valid event", null, HttpStatusCode.BadRequest, "malformed-payload" },
        { "wrong secret", null, HttpStatusCode.Unauthorized, "signature-rejected" },
        { "stale timestamp", null, HttpStatusCode.Unauthorized, "signature-rejected" },
        { "missing signature", null, HttpStatusCode.Unauthorized, "signature-rejected" },
        { "text/plain", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type" },
        { "too large", null, HttpStatusCode.RequestEntityTooLarge, "payload-too-large" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_is_a_precise_status_with_an_RFC_9457_problem_body(string scenario, string? contentType, HttpStatusCode expected, string slug)
    {
        var json = scenario switch
        {
            "not json" => "{not json",
            "no valid event" => """{"id":"x","type":"nps.responded","occurredAt":"2026-11-20T10:00:00Z"}""",
            "too large" => "[" + string.Join(",", Enumerable.Repeat(GenericWebhooks.NpsEvent("big", 9, new string('x', 1000)), 1100)) + "]",
            _ => GenericWebhooks.NpsEvent("refused", 9),
        };
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (scenario == "stale timestamp" ? DateTimeOffset.UtcNow.AddMinutes(-6) : DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var secret = scenario == "wrong secret" ? "some-other-secret-0123456789" : RunningHost.GenericSecret;
        var request = new HttpRequestMessage(HttpMethod.Post, scenario == "unknown source" ? "/api/webhooks/nosuchvendor" : "/api/webhooks/generic")
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/json");
        request.Headers.Add("X-SupportSignals-Timestamp", $"{timestamp}");
        if (scenario != "missing signature")
            request.Headers.Add("X-SupportSignals-Signature", SupportSignals.Webhooks.Generic.GenericSource.Sign(secret, timestamp, body));

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://supportsignals.dev/problems/" + slug, problem.GetProperty("type").GetString());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain(RunningHost.GenericSecret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_endpoints_refuse_a_missing_or_wrong_key_and_accept_the_key_in_header_or_query()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client.GetAsync("/api/poison")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client.GetAsync("/api/poison?code=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync($"/api/poison?code={RunningHost.ApiKey}")).StatusCode);
    }

    [Fact]
    public async Task Health_reports_reachable_storage()
    {
        var health = await _host.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("reachable", health.GetProperty("storage").GetString());
    }

    private async Task<JsonElement> KeyedGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", RunningHost.ApiKey);
        var response = await _host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
