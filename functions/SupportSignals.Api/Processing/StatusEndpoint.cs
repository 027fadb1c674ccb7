using Microsoft.AspNetCore.Http;
using SupportSignals.Azure.Processing;
using SupportSignals.Processing;

namespace SupportSignals.Api.Processing;

/// <summary><c>GET /api/status</c> (key required): how much work is waiting and how much has failed.</summary>
public static class StatusEndpoint
{
    public static async Task<IResult> GetAsync(StorageEventQueue queue, IPoisonStore poison, CancellationToken cancellationToken)
    {
        var queued = await queue.DepthAsync(cancellationToken);
        var poisoned = 0;
        await foreach (var _ in poison.ListAsync(cancellationToken)) poisoned++;
        return Results.Json(new { queued, poisoned });
    }
}
