using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;
using SupportSignals.Processing;

namespace SupportSignals.Api.Processing;

/// <summary>
/// <c>GET /api/poison</c> (paged, without payloads: they hold contacts' e-mails and comments), <c>GET /api/poison/{id}</c>
/// (one record with its payload) and <c>POST /api/poison/{id}/replay</c>; key required.
/// </summary>
public static class PoisonEndpoints
{
    public static async Task<IResult> ListAsync(HttpRequest request, IPoisonStore poison, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.From(request);
        if (problem is not null) return new ProblemResult(problem);
        var page = await poison.ListPageAsync(paging!.Limit, paging.Continuation, cancellationToken);
        return Results.Json(new { items = page.Items, continuation = paging.Next(page.Continuation) });
    }

    public static async Task<IResult> GetAsync(string id, IPoisonStore poison, CancellationToken cancellationToken) =>
        await poison.FindAsync(id, cancellationToken) is { } record
            ? Results.Json(record)
            : new ProblemResult(Problem.NotFound($"Poison record '{id}'"));

    public static async Task<IResult> ReplayAsync(string id, PoisonReplay replay, CancellationToken cancellationToken) =>
        await replay.ReplayAsync(id, cancellationToken) is { } problem
            ? new ProblemResult(problem)
            : Results.Json(new { replayed = id }, statusCode: StatusCodes.Status202Accepted);
}
