using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Privacy;
using SupportSignals.Privacy;

namespace SupportSignals.Functions.Privacy;

/// <summary>Function-key protected, as the local host protects them with Api__Keys.</summary>
public sealed class ContactFunctions(ContactOptOut optOut, ContactErasure erasure)
{
    [Function("ContactOptOut")]
    public async Task<IActionResult> OptOutAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "contacts/{id}/opt-out")] HttpRequest request, string id) =>
        new ResultAction(await ContactEndpoints.OptOutAsync(id, optOut, request.HttpContext.RequestAborted));

    [Function("ContactErase")]
    public async Task<IActionResult> EraseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "contacts/{id}")] HttpRequest request, string id) =>
        new ResultAction(await ContactEndpoints.EraseAsync(id, erasure, request.HttpContext.RequestAborted));
}
