using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Sentiment;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Functions.Sentiment;

public sealed class MentionFunctions(IRecordStore<FeedbackAnalysis> analyses, FeedbackReanalysis reanalysis)
{
    [Function("MentionList")]
    public async Task<IActionResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "mentions")] HttpRequest request) =>
        new ResultAction(await MentionEndpoints.ListAsync(request, analyses, request.HttpContext.RequestAborted));

    [Function("MentionReanalyse")]
    public async Task<IActionResult> ReanalyseAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "mentions/reanalyse")] HttpRequest request) =>
        new ResultAction(await MentionEndpoints.ReanalyseAsync(request, reanalysis, request.HttpContext.RequestAborted));
}
