using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SupportSignals.Demo;
using SupportSignals.Events;
using SupportSignals.Retention;
using SupportSignals.Webhooks.Generic;

// Usage: SupportSignals.Demo <base-url> <api-key> <generic-secret>
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: SupportSignals.Demo <base-url> <api-key> <generic-secret>");
    return 2;
}
var (baseUrl, apiKey, secret) = (args[0], args[1], args[2]);
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
http.DefaultRequestHeaders.Add("x-functions-key", apiKey);

var events = DemoData.Build(DateTimeOffset.UtcNow);
Console.WriteLine($"== replaying {events.Count} sample events for 36 accounts through POST /api/webhooks/generic");
int accepted = 0, duplicates = 0;
foreach (var batch in events.Chunk(25))
{
    var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { events = batch }, EventJson.Options));
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/generic") { Content = new ByteArrayContent(body) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add(GenericSource.TimestampHeader, $"{timestamp}");
    request.Headers.Add(GenericSource.SignatureHeader, GenericSource.Sign(secret, timestamp, body));
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"delivery refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return 1;
    }
    var result = await response.Content.ReadFromJsonAsync<JsonElement>();
    accepted += result.GetProperty("events").GetInt32();
    duplicates += result.GetProperty("duplicates").GetInt32();
}
Console.WriteLine($"   accepted {accepted} events ({duplicates} duplicates of an earlier run)");

Console.Write("== waiting for the queue to drain");
var deadline = DateTime.UtcNow.AddMinutes(3);
JsonElement status;
while (true)
{
    status = await http.GetFromJsonAsync<JsonElement>("/api/status");
    if (status.GetProperty("queued").GetInt32() == 0) break;
    if (DateTime.UtcNow > deadline)
    {
        Console.Error.WriteLine($"\nqueue did not drain in 3 minutes: {status}");
        return 1;
    }
    Console.Write('.');
    await Task.Delay(500);
}
Console.WriteLine($"\n   drained; poisoned: {status.GetProperty("poisoned").GetInt32()}");

// Service mentions found in NPS comments and reviews, in the languages customers wrote in.
var mentions = await http.GetFromJsonAsync<JsonElement>("/api/mentions?limit=200");
var analysed = mentions.GetProperty("items").EnumerateArray().ToList();
var withService = analysed.Where(a => a.GetProperty("mentionsService").GetBoolean()).ToList();
Console.WriteLine($"\n== Service mentions (GET /api/mentions): {withService.Count} of {analysed.Count} analysed comments and reviews mention service");
// Sentiment__Analyzer=hybrid sends to Azure AI Language only what the embedded screen sees as a likely service mention.
var textRecords = analysed.Sum(a => Math.Max(1, (a.GetProperty("text").GetString()!.Length + 999) / 1000));
var sentRecords = withService.Sum(a => Math.Max(1, (a.GetProperty("text").GetString()!.Length + 999) / 1000));
Console.WriteLine($"   hybrid mode would send {withService.Count} of {analysed.Count} texts ({sentRecords} of {textRecords} text records) to Azure AI Language:"
    + $" {(analysed.Count - withService.Count) * 100.0 / Math.Max(1, analysed.Count):0.0} % fewer calls, {(textRecords - sentRecords) * 100.0 / Math.Max(1, textRecords):0.0} % of the Language cost saved");
foreach (var group in withService.GroupBy(a => a.GetProperty("language").GetString()).OrderBy(g => g.Key))
    Console.WriteLine($"   {group.Key}: {group.Count()} ({string.Join(", ", group.SelectMany(a => a.GetProperty("mentions").EnumerateArray()).Select(m => $"{m.GetProperty("category").GetString()}/{m.GetProperty("polarity").GetString()}").Distinct())})");
foreach (var example in withService.Where(a => a.GetProperty("kind").GetString() != "csat").DistinctBy(a => a.GetProperty("language").GetString()).Take(8))
    Console.WriteLine($"   [{example.GetProperty("kind").GetString()} {example.GetProperty("language").GetString()} {example.GetProperty("servicePolarity").GetString()}] {example.GetProperty("text").GetString()}");

// Service Qualified Leads and the attribution ledger: every figure names its interaction, agent and rule.
var sqls = await http.GetFromJsonAsync<JsonElement>("/api/sqls?limit=100");
Console.WriteLine("\n== Service Qualified Leads (GET /api/sqls)");
foreach (var sql in sqls.GetProperty("items").EnumerateArray())
    Console.WriteLine($"   {sql.GetProperty("id").GetString(),-16} account {sql.GetProperty("accountId").GetString(),-8} agent {sql.GetProperty("agentId").GetString(),-8} {sql.GetProperty("status").GetString(),-9}" +
        (sql.TryGetProperty("wonMrr", out var wonMrr) && wonMrr.ValueKind == JsonValueKind.Object ? $" won MRR {Amount(wonMrr)}" : ""));
var ledger = await http.GetFromJsonAsync<JsonElement>("/api/attribution?limit=100");
Console.WriteLine("\n== Attribution ledger (GET /api/attribution)");
foreach (var record in ledger.GetProperty("items").EnumerateArray().OrderBy(r => r.GetProperty("rule").GetString()))
    Console.WriteLine($"   {record.GetProperty("rule").GetString(),-24} account {record.GetProperty("accountId").GetString(),-8} ticket {record.GetProperty("interactionId").GetString(),-6} agent {record.GetProperty("agentId").GetString(),-8} MRR {Amount(record.GetProperty("mrr"))}");
// ---- Advocates: who marketing may ask today, and who must not be asked, with the reasons ----
var advocates = await http.GetFromJsonAsync<JsonElement>("/api/advocates?limit=10&explain=true");
var listed = advocates.GetProperty("items").EnumerateArray().ToList();
var excluded = advocates.GetProperty("excluded").EnumerateArray().ToList();
Console.WriteLine($"== advocates: {advocates.GetProperty("total").GetInt32()} to ask (top {listed.Count} below), {excluded.Count} never to ask");
foreach (var advocate in listed)
{
    var contact = advocate.GetProperty("contact");
    var score = advocate.GetProperty("score");
    var who = contact.GetProperty("email").GetString() is { } email ? $"{contact.GetProperty("name").GetString()} <{email}>" : "(name and e-mail not known yet)";
    Console.WriteLine($"   {advocate.GetProperty("rank").GetInt32(),2}. {contact.GetProperty("id").GetString()} {who}"
        + $"  score {score.GetProperty("total").GetDouble():0.00} (recency {score.GetProperty("recency").GetDouble():0.0}, strength {score.GetProperty("strength").GetDouble():0.0},"
        + $" service praise {score.GetProperty("servicePraise").GetDouble():0}, account value {score.GetProperty("accountValue").GetDouble():0.0})");
    Console.WriteLine($"       {advocate.GetProperty("reason").GetString()}");
    if (advocate.GetProperty("evidence").GetProperty("excerpt") is { ValueKind: JsonValueKind.Object } excerpt)
        Console.WriteLine($"       \"{excerpt.GetProperty("marked").GetString()}\"");
}
Console.WriteLine("   never ask:");
foreach (var contact in excluded)
{
    var reasons = contact.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("code").GetString()} ({r.GetProperty("detail").GetString()})");
    Console.WriteLine($"   - {contact.GetProperty("contactId").GetString()}: {string.Join("; ", reasons)}");
}
var excludedIds = excluded.Select(e => e.GetProperty("contactId").GetString()).ToHashSet();
if (listed.Any(a => excludedIds.Contains(a.GetProperty("contact").GetProperty("id").GetString())))
{
    Console.Error.WriteLine("an excluded contact is on the advocate list");
    return 1;
}

// ---- Nightly summary: run the job for yesterday (UTC) on demand, print it, save its page ----
var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
var yesterday = DayKeys.Iso(lastDay);
// The four weeks before, a week per call, so that the page's trend charts have a line to draw.
Console.Write($"== backfilling the 28 days before {yesterday} for the trend charts (POST /api/summaries/backfill)");
for (var week = 4; week >= 1; week--)
{
    using var backfill = await http.PostAsync($"/api/summaries/backfill?from={DayKeys.Iso(lastDay.AddDays(-7 * week))}&to={DayKeys.Iso(lastDay.AddDays((-7 * week) + 6))}", null);
    Console.Write(backfill.IsSuccessStatusCode ? "." : $" HTTP {(int)backfill.StatusCode}");
}
Console.WriteLine();
Console.WriteLine($"== computing the nightly summary for {yesterday} (POST /api/summaries/run)");
using (var run = await http.PostAsync($"/api/summaries/run?date={yesterday}", null))
{
    if (!run.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"summary run refused: {(int)run.StatusCode} {await run.Content.ReadAsStringAsync()}");
        return 1;
    }
    var summary = SummaryJson.Deserialize(JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement.GetProperty("summary").GetRawText());
    Console.WriteLine(SummaryText.Render(summary));
}
// The key goes in the page's address so that its drill-down links carry it (a local, development key).
var page = await http.GetStringAsync($"/api/summaries/{yesterday}.html?code={Uri.EscapeDataString(apiKey)}");
var pagePath = Path.GetFullPath(Path.Combine(".data", $"summary-{yesterday}.html"));
Directory.CreateDirectory(Path.GetDirectoryName(pagePath)!);
await File.WriteAllTextAsync(pagePath, page);
Console.WriteLine($"== summary page written to {pagePath}");
return 0;

static string Amount(JsonElement money) =>
    $"{money.GetProperty("minor").GetInt64() / 100m:0.00} {money.GetProperty("currency").GetString()}";
