using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Advocates;
using SupportSignals.Api.Advocates;

namespace SupportSignals.Functions.Advocates;

/// <summary>Function-key protected, as the local host protects them with Api__Keys.</summary>
public sealed class AdvocateFunctions(AdvocateFinder finder, AdvocateAskLog asks, AdvocateOptions options, TimeProvider clock)
{
    [Function("Advocates")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "advocates")] HttpRequest request) =>
        new ResultAction(await AdvocateEndpoints.ListAsync(request, finder, options, clock, request.HttpContext.RequestAborted));

    [Function("AdvocateAsked")]
    public async Task<IActionResult> AskedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "advocates/{contactId}/asked")] HttpRequest request, string contactId) =>
        new ResultAction(await AdvocateEndpoints.RecordAskAsync(contactId, request, asks, request.HttpContext.RequestAborted));
}
