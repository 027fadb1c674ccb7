using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Health;
using SupportSignals.Azure.Storage;

namespace SupportSignals.Functions.Health;

public sealed class HealthFunction(StorageClients clients)
{
    [Function("Health")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new ResultAction(await HealthEndpoint.CheckAsync(clients, request.HttpContext.RequestAborted));
}
