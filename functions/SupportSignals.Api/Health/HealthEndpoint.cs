using Microsoft.AspNetCore.Http;
using SupportSignals.Azure.Storage;

namespace SupportSignals.Api.Health;

/// <summary><c>GET /api/health</c>: is storage reachable? 200 when it is, 503 when not.</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var _ in clients.Tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
                break;
            return Results.Json(new { status = "healthy", storage = "reachable" });
        }
        catch (Exception ex) when (StorageFailures.IsTransient(ex) || ex is OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
