using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// The real host on Azurite with a small data set around yesterday (UTC) sent through the signed webhook endpoint:
/// two accounts in two currencies (one churns, one upgrades yesterday), an NPS response and a ticket yesterday.
/// One account's plan is markup, to prove the page encodes what it shows.
/// </summary>
public static class SummaryHost
{
    public const string HostilePlan = "<img src=x onerror=alert(1)>";

    public static DateOnly Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    public static async Task<RunningHost> StartSeededAsync(AzuriteFixture azurite)
    {
        var host = await RunningHost.StartAsync(azurite.ConnectionString);
        var y = new DateTimeOffset(Yesterday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        CanonicalEvent Event(string id, EventType type, DateTimeOffset at, string? account = "acc-us") =>
            new() { Id = id, Type = type, OccurredAt = at, AccountId = account, ContactId = account is null ? null : "con-" + account };
        SubscriptionInfo Subscription(string status, long mrr, string currency) => new() { Id = "sub", Status = status, MrrAfter = new Money(mrr, currency) };
        CanonicalEvent[] events =
        [
            Event("p-eu", EventType.AccountUpdated, y.AddDays(-40), "acc-eu") with { Account = new AccountInfo { Plan = HostilePlan, Region = "EU" } },
            Event("p-us", EventType.AccountUpdated, y.AddDays(-40)) with { Account = new AccountInfo { Plan = "pro", Region = "US" } },
            Event("s-eu-1", EventType.SubscriptionChanged, y.AddDays(-40), "acc-eu") with { Subscription = Subscription("active", 10_000, "EUR") },
            Event("s-us-1", EventType.SubscriptionChanged, y.AddDays(-40)) with { Subscription = Subscription("active", 20_000, "USD") },
            Event("s-eu-2", EventType.SubscriptionChanged, y.AddDays(-1), "acc-eu") with { Subscription = Subscription("canceled", 0, "EUR") },
            Event("s-us-2", EventType.SubscriptionChanged, y.AddHours(9)) with { Subscription = Subscription("active", 30_000, "USD") },
            Event("n-1", EventType.NpsResponded, y.AddHours(10)) with { Nps = new NpsInfo { ResponseId = "n-1", Score = 10, Comment = "Quick and kind support" } },
            Event("t-1", EventType.TicketCreated, y.AddHours(8)) with { Ticket = new TicketInfo { Id = "T1", Status = "open" } },
            Event("t-2", EventType.AgentReplied, y.AddHours(9), null) with { Reply = new ReplyInfo { TicketId = "T1" } },
            Event("t-3", EventType.TicketSolved, y.AddHours(11)) with { Ticket = new TicketInfo { Id = "T1", Status = "solved" } },
        ];
        var posted = await GenericWebhooks.PostAsync(host.Client, JsonSerializer.Serialize(new { events }, EventJson.Options));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var day = SupportSignals.Retention.DayKeys.Iso(Yesterday);
        await Eventually.ReturnsAsync(
            async () => (await GetJsonAsync(host, $"/api/facts?kind=full_resolution&from={day}&to={day}")).GetProperty("items").GetArrayLength()
                        + (await GetJsonAsync(host, $"/api/facts?kind=nps&from={day}&to={day}")).GetProperty("items").GetArrayLength(),
            count => count == 2);
        await host.DrainedAsync();
        return host;
    }

    public static async Task<JsonElement> GetJsonAsync(RunningHost host, string path) =>
        await host.Client.GetFromJsonAsync<JsonElement>(WithKey(path));

    public static Task<HttpResponseMessage> PostAsync(RunningHost host, string path) => host.Client.PostAsync(WithKey(path), null);

    public static string WithKey(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "code=" + RunningHost.ApiKey;
}
