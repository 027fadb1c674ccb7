using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api;
using SupportSignals.Attribution;
using SupportSignals.Bench.Nightly;
using SupportSignals.Events;
using SupportSignals.Leads;
using SupportSignals.Retention;
using SupportSignals.Storage;

// Usage: NightlyBench <storage-connection-string> <history-events> <small-day-events> <large-day-events>
// (bench/nightly.sh starts a private Azurite and passes its connection string).
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: NightlyBench <storage-connection-string> <history-events> <small-day-events> <large-day-events>");
    return 2;
}
var (connection, history, small, large) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
const int Accounts = 5_000;
const int HistoryDays = 100;

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = connection,
    ["Storage:Prefix"] = "bench" + Guid.NewGuid().ToString("N")[..6],
    ["Summary:LeaseSeconds"] = "3600",
    // Seeding writes millions of rows in large batches; Azurite slows as its tables grow.
    ["Storage:NetworkTimeoutSeconds"] = "120",
});
builder.Services.AddLogging();
builder.AddSupportSignals();
using var services = builder.Services.BuildServiceProvider();
var facts = services.GetRequiredService<IRecordStore<DailyFact>>();
var changes = services.GetRequiredService<IRecordStore<MrrChange>>();
var events = services.GetRequiredService<IRecordStore<StoredEvent>>();
var job = services.GetRequiredService<SummaryJob>();
var load = new DayLoad(events, facts, changes, services.GetRequiredService<DayMarks>(), Accounts);

var largeDay = job.Yesterday;
var smallDay = largeDay.AddDays(-1);
var firstDay = smallDay.AddDays(-HistoryDays);
Console.WriteLine($"== seeding {history:N0} events of history over {HistoryDays} days ({firstDay:yyyy-MM-dd} to {smallDay.AddDays(-1):yyyy-MM-dd}), {Accounts:N0} accounts");
var seeding = Stopwatch.StartNew();
await load.AccountsAsync(firstDay);
await load.EventLogAsync(firstDay, smallDay.AddDays(-1), history, seed: 1);
Console.WriteLine($"   event log: {history:N0} rows in {seeding.Elapsed.TotalSeconds:F0} s ({history / seeding.Elapsed.TotalSeconds:N0} rows/s)");
var factRows = 0;
for (var day = firstDay; day < smallDay; day = day.AddDays(1)) factRows += await load.FactsAsync(day, history / HistoryDays, day.DayNumber);
await SeedLeadsAsync(services, firstDay, smallDay.AddDays(-1));
Console.WriteLine($"   facts and MRR changes: {factRows:N0} rows; everything seeded in {seeding.Elapsed.TotalSeconds:F0} s");

// History is written long before the night it is summarised; late-write marks are dated ahead (DayMarks.MarkAhead),
// so a job started within that span would rightly rebuild the seeded days once more.
await Task.Delay(DayMarks.MarkAhead);
var first = await TimeAsync(() => job.RunAsync(smallDay.AddDays(-1)));
Console.WriteLine($"== first run ever ({DayKeys.Iso(smallDay.AddDays(-1))}: builds every snapshot and day rollup of the history): {first:F2} s");

var rows = new List<string>();
foreach (var (day, count) in new[] { (smallDay, small), (largeDay, large) })
{
    await load.EventLogAsync(day, day, count, seed: day.DayNumber);
    var written = await load.FactsAsync(day, count, day.DayNumber);
    var scan = await TimeAsync(() => ScanDayAsync(facts, changes, day));
    var night = await TimeAsync(() => job.RunAsync(day));
    var again = await TimeAsync(() => job.RunAsync(day));
    rows.Add($"| {count:N0} | {history:N0} | {written:N0} | {scan:F2} s | {night:F2} s | {again:F2} s |");
    Console.WriteLine($"== {DayKeys.Iso(day)}: {count:N0} events ({written:N0} fact and change rows): raw scan of the day's partitions {scan:F2} s, nightly job {night:F2} s, re-run {again:F2} s");
}
var fullScan = await TimeAsync(async () => { await foreach (var _ in events.QueryAsync(RecordQuery.All)) { } });
Console.WriteLine($"== for scale: one full scan of the event log ({history + small + large:N0} rows) takes {fullScan:F1} s");

Console.WriteLine();
Console.WriteLine("| events that day | events stored before | fact + change rows that day | raw scan of the day's partitions | nightly job | re-run of the day |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var row in rows) Console.WriteLine(row);
return 0;

static async Task<double> TimeAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalSeconds;
}

static async Task ScanDayAsync(IRecordStore<DailyFact> facts, IRecordStore<MrrChange> changes, DateOnly day)
{
    await foreach (var _ in facts.QueryAsync(RecordQuery.InPartition(DayKeys.Of(day)))) { }
    await foreach (var _ in changes.QueryAsync(RecordQuery.InPartition(DayKeys.Of(day)))) { }
}

// The leads area's tables, which the job reads whole: one SQL per 500 events and one credit per 1,000 is generous.
static async Task SeedLeadsAsync(IServiceProvider services, DateOnly from, DateOnly to)
{
    var sqls = services.GetRequiredService<IRecordStore<ServiceQualifiedLead>>();
    var credits = services.GetRequiredService<IRecordStore<AttributionRecord>>();
    var random = new Random(7);
    var days = to.DayNumber - from.DayNumber + 1;
    var leads = Enumerable.Range(0, 2_000).Select(i =>
    {
        var flagged = DayKeys.Start(from).AddMinutes(random.Next(days * 1440));
        var won = i % 3 == 0;
        return (ServiceQualifiedLead.PartitionOf(DayLoad.Account(i % 5_000)), $"bench:{i}", new ServiceQualifiedLead
        {
            Id = $"bench:{i}",
            Source = "bench",
            TicketId = $"{i}",
            AccountId = DayLoad.Account(i % 5_000),
            FlaggedAt = flagged,
            Status = won ? SqlStatus.Won : SqlStatus.Open,
            ClosedAt = won ? flagged.AddDays(5) : null,
            WonMrr = won ? new Money(4_900, "USD") : null,
            AsOf = flagged,
        });
    });
    var saves = Enumerable.Range(0, 1_000).Select(i =>
    {
        var credited = DayKeys.Start(from).AddMinutes(random.Next(days * 1440));
        return (AttributionRecord.PartitionOf(DayLoad.Account(i)), $"save-{i}", new AttributionRecord
        {
            Id = $"save-{i}",
            Rule = AttributionRule.ChurnSave,
            AccountId = DayLoad.Account(i),
            InteractionSource = "bench",
            InteractionId = $"{i}",
            Mrr = new Money(9_900, "EUR"),
            Arr = new Money(118_800, "EUR"),
            WindowStart = credited.AddDays(-30),
            WindowEnd = credited,
            CreditedAt = credited,
        });
    });
    foreach (var lead in leads) await sqls.UpsertAsync(lead.Item1, lead.Item2, lead.Item3);
    foreach (var save in saves) await credits.UpsertAsync(save.Item1, save.Item2, save.Item3);
}
