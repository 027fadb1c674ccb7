using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Summaries;
using SupportSignals.Retention;
using SupportSignals.Storage;

namespace SupportSignals.Functions.Summaries;

/// <summary>Function-key protected, as the local host protects them with Api__Keys; the same handlers.</summary>
public sealed class SummaryFunctions(SummaryArchive archive, SummaryJob job, SummaryOptions options, CohortSnapshots snapshots, IRecordStore<DailyFact> facts)
{
    [Function("SummaryGet")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries/{date}")] HttpRequest request, string date) =>
        new ResultAction(await SummaryEndpoints.GetAsync(date, request, archive, options, request.HttpContext.RequestAborted));

    [Function("SummaryAccounts")]
    public async Task<IActionResult> AccountsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries/{date}/accounts")] HttpRequest request, string date) =>
        new ResultAction(await DrillDownEndpoints.AccountsAsync(date, request, snapshots, archive, request.HttpContext.RequestAborted));

    [Function("SummaryRun")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "summaries/run")] HttpRequest request) =>
        new ResultAction(await SummaryEndpoints.RunAsync(request, job, request.HttpContext.RequestAborted));

    [Function("SummaryBackfill")]
    public async Task<IActionResult> BackfillAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "summaries/backfill")] HttpRequest request) =>
        new ResultAction(await SummaryEndpoints.BackfillAsync(request, job, options, request.HttpContext.RequestAborted));

    [Function("Mentions")]
    public async Task<IActionResult> MentionsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "facts/mentions")] HttpRequest request) =>
        new ResultAction(await DrillDownEndpoints.MentionsAsync(request, facts, request.HttpContext.RequestAborted));

    [Function("Facts")]
    public async Task<IActionResult> FactsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "facts")] HttpRequest request) =>
        new ResultAction(await DrillDownEndpoints.FactsAsync(request, facts, request.HttpContext.RequestAborted));
}
