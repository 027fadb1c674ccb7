using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Processing;

namespace SupportSignals.Api.Processing;

/// <summary><c>GET /api/poison</c> and <c>POST /api/poison/{id}/replay</c> (key required).</summary>
public static class PoisonEndpoints
{
    public static async Task<IResult> ListAsync(IPoisonStore poison, CancellationToken cancellationToken)
    {
        var records = new List<PoisonRecord>();
        await foreach (var record in poison.ListAsync(cancellationToken)) records.Add(record);
        return Results.Json(new { items = records.OrderBy(r => r.FailedAt) });
    }

    public static async Task<IResult> ReplayAsync(string id, PoisonReplay replay, CancellationToken cancellationToken) =>
        await replay.ReplayAsync(id, cancellationToken) is { } problem
            ? new ProblemResult(problem)
            : Results.Json(new { replayed = id }, statusCode: StatusCodes.Status202Accepted);
}
