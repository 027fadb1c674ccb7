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
