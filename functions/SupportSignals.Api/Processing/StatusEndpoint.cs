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
        var poisoned = await poison.CountAsync(cancellationToken);
        return Results.Json(new { queued, poisoned });
    }
}
