using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Webhooks;
using SupportSignals.Intake;

namespace SupportSignals.Functions.Webhooks;

/// <summary>Anonymous at the Functions level: vendors authenticate by signature, checked in Core.</summary>
public sealed class WebhookFunction(WebhookIntake intake, TimeProvider clock)
{
    [Function("Webhook")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{source}")] HttpRequest request, string source) =>
        new ResultAction(await WebhookEndpoint.HandleAsync(request, source, intake, clock));
}
