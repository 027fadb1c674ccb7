using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Processing;
using SupportSignals.Tests.Advocates;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Processing;

/// <summary>The poison routes on the real host (Kestrel, Azurite): a paged list without payloads, one record with its payload.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PoisonEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Records = 7;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(azurite.ConnectionString);
        var poison = _host.Services.GetRequiredService<IPoisonStore>();
        foreach (var i in Enumerable.Range(0, Records))
        {
            await poison.AddAsync(new PoisonRecord
            {
                Id = $"m-{i}",
                Kind = PoisonKind.Processing,
                Source = "generic",
                Reason = "InvalidOperationException: always fails",
                Payload = $$$"""{"id":"e-{{{i}}}","contact":{"email":"person{{{i}}}@customer.example"},"nps":{"comment":"private words {{{i}}}"}}""",
                EventId = $"e-{i}",
                Attempts = 3,
                FailedAt = new DateTimeOffset(2026, 11, 20, 9, i, 0, TimeSpan.Zero),
            });
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> GetAsync(string path, string? key = RunningHost.ApiKey) => HostCalls.SendAsync(_host, HttpMethod.Get, path, key: key);

    [Fact]
    public async Task The_list_pages_by_continuation_in_id_order_and_carries_no_payload()
    {
        var ids = new List<string>();
        var sizes = new List<int>();
        string? continuation = null;
        do
        {
            var response = await GetAsync("/api/poison?limit=3" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("customer.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain("private words", text, StringComparison.Ordinal);
            var page = JsonDocument.Parse(text).RootElement;
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, item => Assert.False(item.TryGetProperty("payload", out _)));
            sizes.Add(items.Count);
            ids.AddRange(items.Select(item => item.GetProperty("id").GetString()!));
            continuation = page.GetProperty("continuation").GetString();
        } while (continuation is not null);

        Assert.Equal([3, 3, 1], sizes);
        Assert.Equal(Enumerable.Range(0, Records).Select(i => $"m-{i}"), ids);
    }

    [Fact]
    public async Task A_listed_item_has_every_field_but_the_payload()
    {
        var item = (await HostCalls.GetJsonAsync(_host, "/api/poison?limit=1")).GetProperty("items")[0];

        Assert.Equal(
            ["attempts", "eventId", "failedAt", "id", "kind", "reason", "source"],
            item.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("m-0", "processing", "e-0", 3, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)),
            (item.GetProperty("id").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("eventId").GetString(),
             item.GetProperty("attempts").GetInt32(), item.GetProperty("failedAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task One_record_opens_with_its_payload()
    {
        var record = await HostCalls.GetJsonAsync(_host, "/api/poison/m-4");

        Assert.Equal(("m-4", "e-4", "InvalidOperationException: always fails"),
            (record.GetProperty("id").GetString(), record.GetProperty("eventId").GetString(), record.GetProperty("reason").GetString()));
        Assert.Contains("person4@customer.example", record.GetProperty("payload").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var response = await GetAsync("/api/poison/m-99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Problem.TypeBase + "not-found", 404), (problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32()));
        Assert.Contains("m-99", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/poison", null)]
    [InlineData("/api/poison", "wrong-key")]
    [InlineData("/api/poison/m-1", null)]
    [InlineData("/api/poison/m-1", "wrong-key")]
    public async Task Both_routes_refuse_a_missing_or_wrong_key(string path, string? key)
    {
        var response = await GetAsync(path, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("customer.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    public async Task A_bad_limit_is_a_400_problem(string limit)
    {
        var response = await GetAsync("/api/poison?limit=" + limit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("limit", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_continuation_token_that_this_list_did_not_issue_is_a_400_problem()
    {
        var issued = (await HostCalls.GetJsonAsync(_host, "/api/poison?limit=3")).GetProperty("continuation").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/poison?limit=3&continuation=" + Uri.EscapeDataString(issued))).StatusCode);

        foreach (var path in new[]
                 {
                     "/api/poison?continuation=" + Uri.EscapeDataString(issued[..^2]),
                     "/api/poison?continuation=" + Uri.EscapeDataString("1!4!cG9p 1!4!bS0z"),
                     "/api/sqls?continuation=" + Uri.EscapeDataString(issued),
                     "/api/mentions?continuation=" + Uri.EscapeDataString(issued),
                 })
        {
            var response = await GetAsync(path);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("continuation", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Status_counts_every_record()
    {
        var status = await HostCalls.GetJsonAsync(_host, "/api/status");

        Assert.Equal(Records, status.GetProperty("poisoned").GetInt32());
    }
}
