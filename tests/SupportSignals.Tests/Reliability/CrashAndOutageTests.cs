using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Reliability;

/// <summary>Crashes, outages and competing consumers: nothing acknowledged is lost, nothing takes effect twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashAndOutageTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string> Settings(string connectionString, string prefix) => new()
    {
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:Prefix"] = prefix,
        ["Api:Keys"] = RunningHost.ApiKey,
        ["Webhooks:generic:Secret"] = RunningHost.GenericSecret,
        ["Processing:VisibilityTimeoutSeconds"] = "3",
    };

    /// <summary>Sends each event once until acknowledged or the sender gives up; returns the acknowledged ids.</summary>
    private static async Task<ConcurrentBag<string>> SendAsync(HttpClient client, IEnumerable<string> ids, ConcurrentQueue<int> statuses, int concurrency = 8)
    {
        var acknowledged = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, _) =>
        {
            try
            {
                using var response = await GenericWebhooks.PostAsync(client, GenericWebhooks.NpsEvent(id, 9));
                statuses.Enqueue((int)response.StatusCode);
                if (response.IsSuccessStatusCode) acknowledged.Add(id);
                else if (response.StatusCode == HttpStatusCode.ServiceUnavailable) Assert.NotNull(response.Headers.RetryAfter);
            }
            catch (HttpRequestException)
            {
                statuses.Enqueue(0);
            }
        });
        return acknowledged;
    }

    private static async Task<HashSet<string>> StoredResponsesAsync(StorageClients clients)
    {
        var store = new TableRecordStore<NpsResponse>(clients.Table("NpsResponses"));
        return [.. (await store.QueryAsync(RecordQuery.All).ToListAsync()).Select(r => r.ResponseId)];
    }

    [Fact]
    public async Task A_host_killed_under_load_and_restarted_loses_nothing_it_acknowledged_and_doubles_nothing()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var port = FreePort.Next();
        var settings = Settings(azurite.ConnectionString, prefix);
        var ids = Enumerable.Range(0, 300).Select(i => $"kill-{i}").ToList();
        var statuses = new ConcurrentQueue<int>();

        var host = await HostProcess.StartAsync(port, settings);
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var sending = SendAsync(client, ids, statuses);
        await Eventually.ReturnsAsync(() => Task.FromResult(statuses.Count), n => n >= 100);
        await host.KillAsync();
        var acknowledged = await sending;
        Assert.InRange(acknowledged.Count, 100, 299);

        await using var restarted = await HostProcess.StartAsync(port, settings);
        // Senders retry what was not acknowledged; acknowledged ones are not sent again.
        var retried = await SendAsync(client, ids.Except(acknowledged), statuses);
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = prefix });
        var stored = await Eventually.ReturnsAsync(() => StoredResponsesAsync(clients), s => s.Count >= ids.Count, timeoutSeconds: 60);

        Assert.Superset(acknowledged.ToHashSet(), stored);
        Assert.Equal(ids.ToHashSet(), stored);
        Assert.Equal(ids.Count, acknowledged.Count + retried.Count);
    }

    [Fact]
    public async Task With_storage_down_for_10_s_the_host_answers_503_recovers_by_itself_and_loses_nothing_acknowledged()
    {
        await using var storage = await AzuriteProcess.StartNewAsync();
        await using var host = await RunningHost.StartAsync(storage.ConnectionString, Settings(storage.ConnectionString, AzuriteFixture.NewPrefix()));
        var statuses = new ConcurrentQueue<int>();
        var acknowledged = new ConcurrentBag<string>();
        var sent = 0;
        using var stop = new CancellationTokenSource();

        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var batch = Enumerable.Range(sent, 8).Select(i => $"outage-{i}").ToList();
                sent += 8;
                foreach (var id in await SendAsync(host.Client, batch, statuses)) acknowledged.Add(id);
                await Task.Delay(50);
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(2));
        await storage.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await storage.StartAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(statuses.Count(s => s == 202)), _ => statuses.Reverse().Take(8).All(s => s == 202), timeoutSeconds: 120);
        await stop.CancelAsync();
        await load;

        Assert.Contains(503, statuses);
        Assert.All(statuses, s => Assert.True(s is 202 or 503, $"unexpected status {s}"));
        var stored = await Eventually.ReturnsAsync(() => StoredResponsesAsync(host.Storage), s => acknowledged.All(s.Contains), timeoutSeconds: 180);
        Assert.Superset(acknowledged.ToHashSet(), stored);
    }

    [Fact]
    public async Task Two_consumers_on_one_queue_end_in_the_state_of_the_newest_events_with_no_double_effects()
    {
        var settings = Settings(azurite.ConnectionString, AzuriteFixture.NewPrefix());
        await using var first = await RunningHost.StartAsync(azurite.ConnectionString, settings);
        await using var second = await RunningHost.StartAsync(azurite.ConnectionString, settings);
        var events = Enumerable.Range(0, 200).Select(i => TestSupport.Events.Subscription($"sub-{i}", $"acc-{i % 10}", i, SubscriptionStatus.Active, 1000 + i)).ToList();

        // Newest last in time, but sent shuffled across both hosts.
        var shuffled = events.OrderBy(e => StorageKeys.Shard(e.Id, 97)).ToList();
        await Parallel.ForEachAsync(shuffled.Select((e, i) => (e, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) =>
        {
            var client = item.i % 2 == 0 ? first.Client : second.Client;
            using var response = await GenericWebhooks.PostAsync(client, EventJson.Serialize(item.e));
            response.EnsureSuccessStatusCode();
        });

        var accounts = first.Services.GetRequiredService<IRecordStore<AccountState>>();
        var expected = events.GroupBy(e => e.AccountId!).ToDictionary(g => g.Key, g => g.MaxBy(e => e.OccurredAt)!.Subscription!.MrrAfter);
        var final = await Eventually.ReturnsAsync(async () => await accounts.QueryAsync(RecordQuery.All).ToListAsync(),
            all => all.Count == 10 && all.All(a => a.Mrr == expected[a.Id]), timeoutSeconds: 60);
        Assert.Equal(10, final.Count);
        var log = first.Services.GetRequiredService<IRecordStore<StoredEvent>>();
        var logged = await Eventually.ReturnsAsync(async () => (await log.QueryAsync(RecordQuery.All).ToListAsync()).Count, n => n >= 200);
        Assert.Equal(200, logged);
    }
}
