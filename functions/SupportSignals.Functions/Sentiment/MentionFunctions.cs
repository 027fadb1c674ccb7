using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Sentiment;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Functions.Sentiment;

public sealed class MentionFunctions(IRecordStore<FeedbackAnalysis> analyses)
{
    [Function("MentionList")]
    public async Task<IActionResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "mentions")] HttpRequest request) =>
        new ResultAction(await MentionEndpoints.ListAsync(request, analyses, request.HttpContext.RequestAborted));
}
