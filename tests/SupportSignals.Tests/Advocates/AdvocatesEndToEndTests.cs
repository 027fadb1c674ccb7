using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Advocates;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.Advocates.HostCalls;

namespace SupportSignals.Tests.Advocates;

/// <summary>The real host on Kestrel and real Azurite: signed events in, the advocate list out.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdvocatesEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> KeyedRoutes => new()
    {
        { "GET", "/api/advocates" },
        { "POST", "/api/advocates/con-1/asked" },
        { "POST", "/api/contacts/con-1/opt-out" },
        { "DELETE", "/api/contacts/con-1" },
    };

    [Theory]
    [MemberData(nameof(KeyedRoutes))]
    public async Task Every_advocate_and_contact_route_refuses_a_missing_or_wrong_key(string method, string path)
    {
        var missing = await SendAsync(_host, new HttpMethod(method), path, """{"purpose":"review"}""", key: null);
        var wrong = await SendAsync(_host, new HttpMethod(method), path, """{"purpose":"review"}""", key: "not-the-key-0123456789");

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Contains("missing-key", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("invalid-key", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>con-1 praises support, con-2 is a plain promoter; con-3, con-4 and con-5 are promoters who must not be asked.</summary>
    private async Task SeedAsync()
    {
        await PostAsync(_host,
            Customer("acc-1"), Customer("acc-2"),
            Contact("con-1"), Contact("con-2"), Contact("con-3"), Contact("con-4"), Contact("con-5", "acc-2"), Contact("con-6", "acc-2"),
            Nps("n-1", "con-1", 10, 2, "Support answered within minutes."),
            Nps("n-2", "con-2", 9, 10, "Good value."),
            Nps("n-3", "con-3", 10, 4, "Great."),
            Event("c-3", EventType.CsatRated, 3, "con-3") with { Csat = new CsatInfo { TicketId = "T-3", Value = "bad", Scale = "good_bad", Satisfied = false } },
            Nps("n-4", "con-4", 10, 4, "Great."),
            Event("u-4", EventType.ContactUnsubscribed, 1, "con-4"),
            Nps("n-5", "con-5", 10, 4, "Great.", "acc-2"),
            Event("t-6", EventType.TicketUpdated, 1, "con-6", "acc-2") with { Ticket = new TicketInfo { Id = "T-6", Status = TicketStatus.Open, Escalated = true } });
        await DrainedAsync(_host);
        var analyses = _host.Services.GetRequiredService<IRecordStore<FeedbackAnalysis>>();
        var praise = new ServiceMention("answered within minutes", 8, 23, Polarity.Positive, 0.93, ServiceCategory.Speed, "support");
        await analyses.UpsertAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), "n-1", new FeedbackAnalysis
        {
            Kind = FeedbackKind.Nps,
            Source = "generic",
            FeedbackId = "n-1",
            AccountId = "acc-1",
            ContactId = "con-1",
            Score = 10,
            GivenAt = DaysAgo(2),
            Text = "Support answered within minutes.",
            Language = "en",
            Polarity = Polarity.Positive,
            Mentions = [praise],
            MentionsService = true,
            ServicePolarity = Polarity.Positive,
            AnalysedAt = DateTimeOffset.UtcNow,
        });
    }

    [Fact]
    public async Task Promoters_are_ranked_with_evidence_and_reasons_and_the_excluded_are_explained()
    {
        await SeedAsync();

        var list = await GetJsonAsync(_host, "/api/advocates?explain=true");

        Assert.Equal(["con-1", "con-2"], Ids(list));
        var top = list.GetProperty("items")[0];
        Assert.Equal("con-1@customer.example", top.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("Support «answered within minutes».", top.GetProperty("evidence").GetProperty("excerpt").GetProperty("marked").GetString());
        Assert.Equal((8, 23), (top.GetProperty("evidence").GetProperty("excerpt").GetProperty("highlightOffset").GetInt32(), top.GetProperty("evidence").GetProperty("excerpt").GetProperty("highlightLength").GetInt32()));
        Assert.Equal("speed_responsiveness", top.GetProperty("evidence").GetProperty("category").GetString());
        Assert.Equal(25, top.GetProperty("score").GetProperty("servicePraise").GetDouble());
        Assert.StartsWith("NPS 10 on generic 2 days ago; praises the service", top.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var excluded = list.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("contactId").GetString()!, e => e.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["con-3"] = ExclusionCode.BadCsat,
            ["con-4"] = ExclusionCode.Unsubscribed,
            ["con-5"] = ExclusionCode.Escalation,
        }, excluded);
        Assert.False((await GetJsonAsync(_host, "/api/advocates")).TryGetProperty("excluded", out var hidden) && hidden.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task The_CSV_parses_back_with_a_real_CSV_reader_into_the_same_list_and_pages_by_its_header_token()
    {
        await SeedAsync();
        var json = await GetJsonAsync(_host, "/api/advocates");

        var first = await SendAsync(_host, HttpMethod.Get, "/api/advocates?limit=1", accept: "text/csv");
        var token = first.Headers.GetValues("X-Continuation-Token").Single();
        var second = await SendAsync(_host, HttpMethod.Get, $"/api/advocates?limit=1&format=csv&continuation={token}");

        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        var rows = Parse(await first.Content.ReadAsStringAsync()).Concat(Parse(await second.Content.ReadAsStringAsync())).ToList();
        Assert.False(second.Headers.Contains("X-Continuation-Token"));
        Assert.Equal(Ids(json), rows.Select(r => r.ContactId));
        Assert.Equal([1, 2], rows.Select(r => r.Rank));
        Assert.Equal(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetProperty("total").GetDouble()), rows.Select(r => r.Score));
        Assert.Equal(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reason").GetString()), rows.Select(r => r.Reason));
        Assert.Equal(("con-1@customer.example", "Support «answered within minutes».", true), (rows[0].Email, rows[0].Excerpt, rows[0].ServicePraise));

        static IReadOnlyList<AdvocateCsvRow> Parse(string text)
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', NormalizeHeaderName = name => name.Replace("_", "", StringComparison.Ordinal) });
            return [.. reader.GetRecords<AdvocateCsvRow>()];
        }
    }

    [Fact]
    public async Task An_ask_and_an_opt_out_take_effect_on_the_next_list()
    {
        await SeedAsync();

        var asked = await SendAsync(_host, HttpMethod.Post, "/api/advocates/con-2/asked", """{"purpose":"reference","note":"for the Q4 deck"}""");
        var optedOut = await SendAsync(_host, HttpMethod.Post, "/api/contacts/con-1/opt-out");

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var ask = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ask.GetProperty("askedAt").GetDateTimeOffset().AddDays(90), ask.GetProperty("cooldownUntil").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, optedOut.StatusCode);
        var list = await GetJsonAsync(_host, "/api/advocates?explain=true");
        Assert.Empty(Ids(list));
        var reasons = list.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("contactId").GetString()!, e => e.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(ExclusionCode.AskedRecently, reasons["con-2"]);
        Assert.Equal(ExclusionCode.Unsubscribed, reasons["con-1"]);
    }

    public static TheoryData<string, string, string?, HttpStatusCode> Refusals => new()
    {
        { "GET", "/api/advocates?minNps=11", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?minStars=0", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?since=yesterday", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?since=2001-01-01", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?servicePraise=maybe", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?limit=0", null, HttpStatusCode.BadRequest },
        { "GET", "/api/advocates?continuation=forged", null, HttpStatusCode.BadRequest },
        { "POST", "/api/advocates/con-1/asked", """{"purpose":"newsletter"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/advocates/con-1/asked", "{not json", HttpStatusCode.BadRequest },
        { "POST", "/api/advocates/nobody/asked", """{"purpose":"review"}""", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bad_parameters_and_bodies_are_refused_with_a_problem(string method, string path, string? body, HttpStatusCode status)
    {
        await PostAsync(_host, Contact("con-1"));
        await DrainedAsync(_host);

        var response = await SendAsync(_host, new HttpMethod(method), path, body);

        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }
}

/// <summary>The columns of the advocate CSV that the tests read back (CsvHelper generates the mapping).</summary>
[CsvRecord]
internal sealed partial class AdvocateCsvRow
{
    public int Rank { get; set; }
    public string ContactId { get; set; } = "";
    public string? Email { get; set; }
    public string? Excerpt { get; set; }
    public bool ServicePraise { get; set; }
    public double Score { get; set; }
    public string Reason { get; set; } = "";
}
