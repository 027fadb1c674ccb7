using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Webhooks.HubSpot;

/// <summary>
/// A real HTTP server answering like HubSpot's CRM objects API (<c>GET /crm/v3/objects/{type}/{id}</c>, the
/// documented record shape: id, properties, timestamps, associations.companies.results with labelled and unlabelled
/// entries). Records answer 200, unknown ids 404 with HubSpot's error body; statuses can be queued up front.
/// </summary>
public sealed class FakeHubSpotCrm : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentDictionary<string, (Dictionary<string, string?> Properties, Dictionary<string, string[]> Associations)> _records = new();
    private readonly ConcurrentQueue<int> _statuses = new();

    public ConcurrentQueue<(string Path, string Query, string? Authorization)> Requests { get; } = new();
    public Uri ApiUrl => _server.Url;

    public static async Task<FakeHubSpotCrm> StartAsync()
    {
        var crm = new FakeHubSpotCrm();
        crm._server = await LoopbackServer.StartAsync(app => app.MapGet("/crm/v3/objects/{type}/{id}", crm.HandleAsync));
        return crm;
    }

    public void Add(string type, string id, Dictionary<string, string?> properties, string[]? companies = null, string[]? contacts = null) =>
        _records[$"{type}/{id}"] = (properties, new() { ["companies"] = companies ?? [], ["contacts"] = contacts ?? [] });

    public void AnswerNext(int status) => _statuses.Enqueue(status);

    private async Task HandleAsync(HttpContext context, string type, string id)
    {
        Requests.Enqueue((context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault()));
        if (_statuses.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { status = "error", message = "try again", category = "RATE_LIMITS" });
            return;
        }
        if (!_records.TryGetValue($"{type}/{id}", out var record))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { status = "error", message = "Object not found.  objectId are usually numeric.", category = "OBJECT_NOT_FOUND" });
            return;
        }
        var asked = context.Request.Query["properties"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var properties = new JsonObject { ["hs_object_id"] = id };
        foreach (var name in asked.Where(record.Properties.ContainsKey)) properties[name] = record.Properties[name];
        var answer = new JsonObject
        {
            ["id"] = id,
            ["properties"] = properties,
            ["createdAt"] = "2026-10-01T09:00:00.000Z",
            ["updatedAt"] = "2026-11-20T09:00:00.000Z",
            ["archived"] = false,
        };
        var associations = new JsonObject();
        foreach (var linkedType in context.Request.Query["associations"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            // HubSpot leaves out an association type the record has none of.
            if (!record.Associations.TryGetValue(linkedType, out var ids) || ids.Length == 0) continue;
            var results = new JsonArray();
            foreach (var linked in ids)
            {
                results.Add(new JsonObject { ["id"] = linked, ["type"] = $"{type.TrimEnd('s')}_to_{linkedType.TrimEnd('s')}" });
                results.Add(new JsonObject { ["id"] = linked, ["type"] = $"{type.TrimEnd('s')}_to_{linkedType.TrimEnd('s')}_unlabeled" });
            }
            associations[linkedType] = new JsonObject { ["results"] = results };
        }
        if (associations.Count > 0) answer["associations"] = associations;
        await context.Response.WriteAsJsonAsync(answer);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
