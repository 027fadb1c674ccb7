using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SupportSignals.Webhooks.Generic;

// Usage:
//   LoadTest run <base-url> <secret> <seconds> <concurrency> [rate/s, 0 = as fast as possible] [duplicate %]
//   LoadTest bare <port>      a bare Kestrel endpoint answering 202 without work (the upper bound)
//   LoadTest tablebound <connection-string> <seconds>   100-entity batch transactions (the storage bound)
//   LoadTest tablerate <connection-string> <seconds> <rows/s> [warm-up seconds]   inbox-like rows arriving at a steady
//            rate, group-committed as our intake commits its inbox rows: the storage's own latency at that rate
//   LoadTest count <connection-string> <table>          rows in a table
if (args.Length >= 2 && args[0] == "bare")
{
    var bare = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
    bare.Logging.ClearProviders();
    var app = bare.Build();
    app.MapPost("/api/webhooks/{source}", async (Microsoft.AspNetCore.Http.HttpRequest request) =>
    {
        await request.Body.CopyToAsync(Stream.Null);
        return Microsoft.AspNetCore.Http.Results.StatusCode(202);
    });
    await app.RunAsync($"http://127.0.0.1:{args[1]}");
    return 0;
}
if (args.Length >= 3 && args[0] == "tablebound")
{
    // The fastest durable write this storage accepts: 100-entity batch transactions, 8 in flight, for N seconds.
    var service = new Azure.Data.Tables.TableServiceClient(args[1]);
    var table = service.GetTableClient("bound" + Guid.NewGuid().ToString("N")[..8]);
    await table.CreateIfNotExistsAsync();
    var boundSeconds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var body = new byte[1024];
    long written = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
    {
        var batchNumber = 0;
        while (clock.Elapsed.TotalSeconds < boundSeconds)
        {
            var partition = $"p{worker}-{batchNumber++}";
            await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => new Azure.Data.Tables.TableTransactionAction(
                Azure.Data.Tables.TableTransactionActionType.Add, new Azure.Data.Tables.TableEntity(partition, $"{i}") { ["body"] = body })));
            Interlocked.Add(ref written, 100);
        }
    }));
    Console.WriteLine($"batched_table_entities_per_second={written / clock.Elapsed.TotalSeconds:F0}");
    await service.DeleteTableAsync(table.Name);
    return 0;
}
if (args.Length >= 4 && args[0] == "tablerate")
{
    // The latency bound for a steady rate: what the dedupe record alone costs, without HTTP, signatures, the archive
    // or the queue. Each row is timed from its due arrival to the end of the transaction that stored it.
    var table = new Azure.Data.Tables.TableServiceClient(args[1]).GetTableClient("rate" + Guid.NewGuid().ToString("N")[..8]);
    await table.CreateIfNotExistsAsync();
    var measured = TimeSpan.FromSeconds(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    var rowsPerSecond = double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
    var warmUp = TimeSpan.FromSeconds(args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 0);
    var inserts = new SupportSignals.Azure.Storage.GroupCommit<Azure.Data.Tables.TableEntity, bool>(async rows =>
    {
        await Task.WhenAll(SupportSignals.Azure.Storage.TableBatches.Split(rows).Select(batch => table.SubmitTransactionAsync(
            batch.Select(row => new Azure.Data.Tables.TableTransactionAction(Azure.Data.Tables.TableTransactionActionType.Add, row.Entity)))));
        return [.. rows.Select(_ => true)];
    });
    var timings = new List<(double StartedAt, double Milliseconds)>();
    var writes = new List<Task>();
    var clock = Stopwatch.StartNew();
    for (long n = 0; clock.Elapsed < warmUp + measured; n++)
    {
        var due = TimeSpan.FromSeconds(n / rowsPerSecond);
        if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
        var row = new Azure.Data.Tables.TableEntity($"generic-{n % 4}", $"{n:D12}") { ["deliveryId"] = $"{n / 100:D8}.{n % 100:D3}" };
        writes.Add(Timed(due, inserts.SubmitAsync(row)));
    }
    await Task.WhenAll(writes);
    async Task Timed(TimeSpan due, Task write)
    {
        await write;
        var finished = clock.Elapsed;
        if (due >= warmUp) lock (timings) timings.Add(((due - warmUp).TotalSeconds, (finished - due).TotalMilliseconds));
    }
    Console.WriteLine($"rows={timings.Count} seconds={measured.TotalSeconds:F0} target_rate={rowsPerSecond}");
    Report(timings);
    return 0;
}
if (args.Length >= 3 && args[0] == "count")
{
    var rows = 0;
    await foreach (var _ in new Azure.Data.Tables.TableClient(args[1], args[2]).QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey"])) rows++;
    Console.WriteLine(rows);
    return 0;
}
if (args.Length < 5 || args[0] != "run")
{
    Console.Error.WriteLine("usage: LoadTest run <base-url> <secret> <seconds> <concurrency> [rate] [dup%] | LoadTest bare <port>");
    return 2;
}
var baseUrl = args[1];
var secret = args[2];
var seconds = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
var rate = args.Length > 5 ? double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 0;
var duplicatePercent = args.Length > 6 ? int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : 5;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = new Uri(baseUrl),
    Timeout = TimeSpan.FromSeconds(15),
};
var run = Guid.NewGuid().ToString("N")[..8];
// Comments of ~760 characters of words in random order: compress like real text, unlike a run of one letter.
var vocabulary = ("the agent was quick and kind but my invoice still shows the old plan after two weeks support team answered " +
    "every question about billing export onboarding login password reset integration webhook slow fast helpful rude " +
    "friendly waited hours days minutes never again great service thanks really happy unhappy product works broken " +
    "feature request refund upgrade downgrade account manager call chat email ticket closed reopened resolved").Split(' ');
string Comment(Random random)
{
    var comment = new StringBuilder(800);
    while (comment.Length < 760) comment.Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ');
    return comment.ToString(0, 760);
}
var latencies = new List<(double StartedAt, double Milliseconds)>[concurrency];
var statuses = new Dictionary<int, int>[concurrency];
long sequence = 0;
var stopwatch = Stopwatch.StartNew();
var end = TimeSpan.FromSeconds(seconds);

await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
{
    latencies[worker] = [];
    statuses[worker] = [];
    var random = new Random(worker);
    while (stopwatch.Elapsed < end)
    {
        var n = Interlocked.Increment(ref sequence);
        if (rate > 0)
        {
            var due = TimeSpan.FromSeconds(n / rate);
            var wait = due - stopwatch.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
        }
        // A duplicate re-sends an earlier event id: the pipeline must answer 2xx with no second effect.
        var id = random.Next(100) < duplicatePercent && n > 100 ? n - random.Next(1, 100) : n;
        var body = Encoding.UTF8.GetBytes(
            $$"""{"id":"{{run}}-{{id}}","type":"nps.responded","occurredAt":"2026-11-20T10:00:00Z","accountId":"acc-{{id % 500}}","contactId":"con-{{id % 2000}}","nps":{"responseId":"{{run}}-{{id}}","score":9,"comment":"{{Comment(random)}}"} }""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/generic") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(GenericSource.TimestampHeader, $"{timestamp}");
        request.Headers.Add(GenericSource.SignatureHeader, GenericSource.Sign(secret, timestamp, body));
        var started = stopwatch.Elapsed;
        int status;
        try
        {
            using var response = await http.SendAsync(request);
            status = (int)response.StatusCode;
        }
        catch (Exception)
        {
            status = 0;
        }
        latencies[worker].Add((started.TotalSeconds, (stopwatch.Elapsed - started).TotalMilliseconds));
        statuses[worker][status] = statuses[worker].GetValueOrDefault(status) + 1;
    }
}));

var elapsed = stopwatch.Elapsed.TotalSeconds;
var byStatus = statuses.SelectMany(s => s).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
Console.WriteLine($"requests={byStatus.Values.Sum()} seconds={elapsed:F1} concurrency={concurrency} target_rate={rate}");
Console.WriteLine($"accepted_per_second={byStatus.Where(kv => kv.Key is >= 200 and < 300).Sum(kv => kv.Value) / elapsed:F0}");
Console.WriteLine("statuses=" + string.Join(",", byStatus.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value}")));
Report([.. latencies.SelectMany(l => l)]);
return 0;

// p50/p99/max of the timings; TIMELINE=1 adds them per second of the run (on stderr), to match stalls with storage events.
static void Report(IReadOnlyList<(double StartedAt, double Milliseconds)> timings)
{
    static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
    var all = timings.Select(l => l.Milliseconds).Order().ToArray();
    Console.WriteLine($"p50_ms={Percentile(all, 0.50):F1} p99_ms={Percentile(all, 0.99):F1} max_ms={all.LastOrDefault():F1}");
    if (Environment.GetEnvironmentVariable("TIMELINE") != "1") return;
    foreach (var second in timings.GroupBy(l => (int)l.StartedAt).OrderBy(g => g.Key))
    {
        var sorted = second.Select(l => l.Milliseconds).Order().ToArray();
        Console.Error.WriteLine($"second={second.Key} requests={sorted.Length} p50_ms={Percentile(sorted, 0.50):F0} p99_ms={Percentile(sorted, 0.99):F0} max_ms={sorted[^1]:F0}");
    }
}
