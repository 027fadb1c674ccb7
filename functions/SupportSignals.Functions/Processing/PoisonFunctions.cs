using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Processing;
using SupportSignals.Processing;

namespace SupportSignals.Functions.Processing;

/// <summary>Function-key protected, as the local host protects them with Api__Keys.</summary>
public sealed class PoisonFunctions(IPoisonStore poison, PoisonReplay replay)
{
    [Function("PoisonList")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "poison")] HttpRequest request) =>
        new ResultAction(await PoisonEndpoints.ListAsync(request, poison, request.HttpContext.RequestAborted));

    [Function("PoisonGet")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "poison/{id}")] HttpRequest request, string id) =>
        new ResultAction(await PoisonEndpoints.GetAsync(id, poison, request.HttpContext.RequestAborted));

    [Function("PoisonReplay")]
    public async Task<IActionResult> ReplayAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "poison/{id}/replay")] HttpRequest request, string id) =>
        new ResultAction(await PoisonEndpoints.ReplayAsync(id, replay, request.HttpContext.RequestAborted));
}
