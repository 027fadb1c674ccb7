using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SupportSignals.Tests.TestSupport;

/// <summary>A pipeline policy that keeps every request URI and response body, to check what storage actually sent.</summary>
public sealed class ResponseRecorder : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(string Uri, string Body)> _exchanges = new();

    public IReadOnlyList<(string Uri, string Body)> Exchanges => [.. _exchanges];

    public void Clear() => _exchanges.Clear();

    public override void OnReceivedResponse(HttpMessage message) =>
        _exchanges.Enqueue((Uri.UnescapeDataString(message.Request.Uri.ToString()), message.Response.Content?.ToString() ?? ""));
}
