using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Advocates;

/// <summary>What the advocate and privacy end-to-end tests do to the running host: send events, wait, call keyed routes.</summary>
public static class HostCalls
{
    public static DateTimeOffset DaysAgo(double days) => DateTimeOffset.UtcNow.AddDays(-days);

    public static CanonicalEvent Event(string id, EventType type, double daysAgo, string? contact, string? account = "acc-1") =>
        new() { Id = id, Type = type, OccurredAt = DaysAgo(daysAgo), ContactId = contact, AccountId = account };

    public static CanonicalEvent Nps(string id, string contact, int score, double daysAgo, string comment, string account = "acc-1") =>
        Event(id, EventType.NpsResponded, daysAgo, contact, account) with { Nps = new NpsInfo { ResponseId = id, Score = score, Comment = comment } };

    public static CanonicalEvent Customer(string account, long mrrMinor = 49_900) =>
        Event($"sub-{account}", EventType.SubscriptionChanged, 200, null, account) with
        {
            Account = new AccountInfo { Name = $"Company {account}", Plan = "pro", Segment = "mid-market", Region = "EU" },
            Subscription = new SubscriptionInfo { Id = $"sub-{account}", Status = SubscriptionStatus.Active, MrrAfter = new Money(mrrMinor, "EUR") },
        };

    public static CanonicalEvent Contact(string contact, string account = "acc-1") =>
        Event($"profile-{contact}", EventType.ContactUpdated, 200, contact, account) with { Contact = new ContactInfo { Name = $"Person {contact}", Email = $"{contact}@customer.example" } };

    /// <returns>The delivery id the intake gave the batch.</returns>
    public static async Task<string> PostAsync(RunningHost host, params CanonicalEvent[] events)
    {
        var response = await GenericWebhooks.PostAsync(host.Client, JsonSerializer.Serialize(new { events }, EventJson.Options));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryId").GetString()!;
    }

    /// <summary>Waits until every queued event has been processed.</summary>
    public static Task DrainedAsync(RunningHost host) =>
        Eventually.ReturnsAsync(() => SendAsync(host, HttpMethod.Get, "/api/status"), r => r.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(r.Content.ReadAsStream()).RootElement.GetProperty("queued").GetInt32() == 0, 60);

    public static Task<HttpResponseMessage> SendAsync(RunningHost host, HttpMethod method, string path, string? json = null, string? key = RunningHost.ApiKey, string? accept = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        if (accept is not null) request.Headers.Add("Accept", accept);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return host.Client.SendAsync(request);
    }

    public static async Task<JsonElement> GetJsonAsync(RunningHost host, string path)
    {
        var response = await SendAsync(host, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<string> Ids(JsonElement list, string property = "items") =>
        [.. list.GetProperty(property).EnumerateArray().Select(e => e.TryGetProperty("contact", out var contact) ? contact.GetProperty("id").GetString()! : e.GetProperty("contactId").GetString()!)];
}
