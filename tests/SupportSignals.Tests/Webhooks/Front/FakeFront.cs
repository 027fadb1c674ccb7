using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Webhooks.Front;

/// <summary>
/// A real HTTP server answering like Front's core API for <c>GET /contacts/{contact_id}</c> with a resource alias
/// (<c>alt:email:…</c>, <c>alt:phone:…</c>): the documented contact shape (_links, id, name, handles, custom_fields
/// of strings, numbers and booleans), 404 with Front's error body for an unknown contact; statuses can be queued.
/// </summary>
public sealed class FakeFront : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentDictionary<string, JsonObject> _customFieldsByAlias = new();
    private readonly ConcurrentQueue<int> _statuses = new();

    /// <summary>Each request's target as sent (escapes kept) and its Authorization header.</summary>
    public ConcurrentQueue<(string Target, string? Authorization)> Requests { get; } = new();
    public Uri ApiUrl => _server.Url;

    public static async Task<FakeFront> StartAsync()
    {
        var front = new FakeFront();
        front._server = await LoopbackServer.StartAsync(app => app.MapGet("/contacts/{contact}", front.HandleAsync));
        return front;
    }

    public void AddContact(string email, JsonObject customFields) => _customFieldsByAlias["alt:email:" + email] = customFields;

    public void AnswerNext(int status) => _statuses.Enqueue(status);

    private async Task HandleAsync(HttpContext context, string contact)
    {
        Requests.Enqueue((context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget, context.Request.Headers.Authorization.FirstOrDefault()));
        if (_statuses.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { _error = new { status, title = "Too many requests", message = "Rate limit exceeded" } });
            return;
        }
        if (!_customFieldsByAlias.TryGetValue(contact, out var fields))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { _error = new { status = 404, title = "Not found", message = "Contact not found" } });
            return;
        }
        var handle = contact[(contact.IndexOf(':', 4) + 1)..];
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = $"{ApiUrl}contacts/crd_{Math.Abs(handle.GetHashCode()):x}" },
            ["id"] = $"crd_{Math.Abs(handle.GetHashCode()):x}",
            ["name"] = "A customer",
            ["description"] = "",
            ["avatar_url"] = null,
            ["is_spammer"] = false,
            ["links"] = new JsonArray(),
            ["groups"] = new JsonArray(),
            ["handles"] = new JsonArray(new JsonObject { ["handle"] = handle, ["source"] = "email" }),
            ["custom_fields"] = fields.DeepClone(),
            ["is_private"] = false,
        });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
