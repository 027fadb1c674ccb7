using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Api.Leads;
using SupportSignals.Attribution;
using SupportSignals.Leads;
using SupportSignals.Storage;

namespace SupportSignals.Functions.Leads;

/// <summary>SQL and attribution reads and the status update; function-key protected.</summary>
public sealed class LeadFunctions(IRecordStore<ServiceQualifiedLead> sqls, IRecordStore<AttributionRecord> ledger, TimeProvider clock)
{
    [Function("SqlList")]
    public async Task<IActionResult> ListSqlsAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "sqls")] HttpRequest request) =>
        new ResultAction(await LeadEndpoints.ListSqlsAsync(request, sqls, request.HttpContext.RequestAborted));

    [Function("SqlTotals")]
    public async Task<IActionResult> TotalsAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "sqls/totals")] HttpRequest request) =>
        new ResultAction(await LeadEndpoints.TotalsAsync(request, sqls, ledger, clock, request.HttpContext.RequestAborted));

    [Function("SqlStatus")]
    public async Task<IActionResult> SetStatusAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "sqls/{id}/status")] HttpRequest request, string id) =>
        new ResultAction(await LeadEndpoints.SetStatusAsync(id, request, sqls, clock, request.HttpContext.RequestAborted));

    [Function("AttributionList")]
    public async Task<IActionResult> ListAttributionAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "attribution")] HttpRequest request) =>
        new ResultAction(await LeadEndpoints.ListAttributionAsync(request, ledger, request.HttpContext.RequestAborted));
}
