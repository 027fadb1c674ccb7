using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Responses;
using SupportSignals.Attribution;
using SupportSignals.Events;
using SupportSignals.Leads;
using SupportSignals.Storage;

namespace SupportSignals.Api.Leads;

/// <summary>
/// <c>GET /api/sqls</c>, <c>GET /api/attribution</c>, <c>GET /api/sqls/totals</c> and <c>POST /api/sqls/{id}/status</c>
/// (key required). Filters: from/to (UTC dates or instants), agent, account, rule, status; paging; JSON or CSV.
/// </summary>
public static class LeadEndpoints
{
    private sealed record Filters(DateTimeOffset? From, DateTimeOffset? To, string? Agent, string? Account, string? Rule, string? Status);

    public sealed record StatusChange(string? Status, Money? Mrr, string? Note);

    public static async Task<IResult> ListSqlsAsync(HttpRequest request, IRecordStore<ServiceQualifiedLead> sqls, CancellationToken cancellationToken)
    {
        if (Parse(request) is not ({ } filters, { } paging)) return Invalid(request);
        var page = await sqls.QueryPageAsync(Query(filters, "flaggedAt", ("agentId", filters.Agent), ("status", filters.Status)), paging.Limit, paging.Continuation, cancellationToken);
        return Negotiation.WantsCsv(request)
            ? new CsvResult(["id", "account", "contact", "agent", "source", "ticket", "flagged_at", "status", "accepted_at", "closed_at", "deal", "won_mrr_minor", "currency", "reason", "product_interest"],
                page.Items.Select(s => (IReadOnlyList<object?>)[s.Id, s.AccountId, s.ContactId, s.AgentId, s.Source, s.TicketId, s.FlaggedAt, s.Status, s.AcceptedAt, s.ClosedAt, s.DealId, s.WonMrr?.Minor, s.WonMrr?.Currency, s.Reason, s.ProductInterest]),
                paging.Next(page.Continuation))
            : Results.Json(new { items = page.Items, continuation = paging.Next(page.Continuation) });
    }

    public static async Task<IResult> ListAttributionAsync(HttpRequest request, IRecordStore<AttributionRecord> ledger, CancellationToken cancellationToken)
    {
        if (Parse(request) is not ({ } filters, { } paging)) return Invalid(request);
        var page = await ledger.QueryPageAsync(Query(filters, "creditedAt", ("agentId", filters.Agent), ("rule", filters.Rule)), paging.Limit, paging.Continuation, cancellationToken);
        return Negotiation.WantsCsv(request)
            ? new CsvResult(["id", "rule", "account", "agent", "interaction_source", "interaction", "sql", "mrr_minor", "arr_minor", "currency", "window_start", "window_end", "credited_at", "trigger_events"],
                page.Items.Select(r => (IReadOnlyList<object?>)[r.Id, r.Rule, r.AccountId, r.AgentId, r.InteractionSource, r.InteractionId, r.SqlId, r.Mrr.Minor, r.Arr.Minor, r.Mrr.Currency, r.WindowStart, r.WindowEnd, r.CreditedAt, string.Join(' ', r.TriggerEvents)]),
                paging.Next(page.Continuation))
            : Results.Json(new { items = page.Items, continuation = paging.Next(page.Continuation) });
    }

    public static async Task<IResult> TotalsAsync(HttpRequest request, IRecordStore<ServiceQualifiedLead> sqls, IRecordStore<AttributionRecord> ledger, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Parse(request) is not ({ } filters, _)) return Invalid(request);
        var by = request.Query["by"].FirstOrDefault() ?? "agent";
        if (by is not ("agent" or "account")) return new ProblemResult(Problem.BadRequest("by must be agent or account."));
        var to = filters.To ?? clock.GetUtcNow();
        var from = filters.From ?? to.AddDays(-30);
        // Only the period's SQLs and saves leave storage: the table's filter does the selection, not this instance.
        var period = new Filters(from, to, null, null, null, null);
        var flagged = await sqls.QueryAsync(Query(period, "flaggedAt"), cancellationToken).ToListAsync(cancellationToken);
        var saves = await ledger.QueryAsync(Query(period, "creditedAt", ("rule", AttributionRule.ChurnSave)), cancellationToken).ToListAsync(cancellationToken);
        var totals = LeadTotals.Compute(flagged, saves, from, to, (agent, account) => (by == "agent" ? agent : account) ?? "(none)");
        return Results.Json(new { from, to, by, items = totals });
    }

    public static async Task<IResult> SetStatusAsync(string id, HttpRequest request, IRecordStore<ServiceQualifiedLead> sqls, TimeProvider clock, CancellationToken cancellationToken)
    {
        StatusChange? change;
        try
        {
            change = await request.ReadFromJsonAsync<StatusChange>(EventJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return new ProblemResult(Problem.BadRequest($"The body is not valid JSON: {ex.Message}"));
        }
        if (change?.Status is not (SqlStatus.Accepted or SqlStatus.Won or SqlStatus.Lost))
            return new ProblemResult(Problem.BadRequest("status must be accepted, won or lost."));
        if (change.Mrr is { Minor: < 0 } || change.Mrr is { Currency.Length: not 3 })
            return new ProblemResult(Problem.BadRequest("mrr must be {minor: non-negative integer, currency: ISO 4217 code}."));
        // With the account (every SQL in the list carries it) this is one point read; without, storage scans for the id.
        var found = request.Query["account"].FirstOrDefault() is { Length: > 0 } account
            ? await sqls.FindAsync(ServiceQualifiedLead.PartitionOf(account), StorageKeys.Escape(id), cancellationToken)
            : await sqls.QueryAsync(new RecordQuery { Where = new Dictionary<string, object> { ["id"] = id } }, cancellationToken).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return new ProblemResult(Problem.NotFound($"SQL '{id}'"));
        var updated = await sqls.UpdateAsync(ServiceQualifiedLead.PartitionOf(found.AccountId), StorageKeys.Escape(found.Id),
            current => current is null ? null : SqlDetection.Advance(current, change.Status, clock.GetUtcNow(), wonMrr: change.Mrr), cancellationToken);
        return updated?.Status == change.Status
            ? Results.Json(updated)
            : new ProblemResult(Problem.Conflict($"SQL '{id}' is {updated?.Status}; it cannot move to {change.Status}."));
    }

    private static RecordQuery Query(Filters filters, string timeProperty, params (string Property, string? Value)[] equals) => new()
    {
        Partition = filters.Account is { } account ? StorageKeys.Escape(account) : null,
        Where = equals.Where(e => e.Value is not null).ToDictionary(e => e.Property, e => (object)e.Value!),
        RangeProperty = timeProperty,
        RangeFrom = RecordQuery.Instant(filters.From),
        RangeTo = RecordQuery.Instant(filters.To),
    };

    private static (Filters?, Paging?) Parse(HttpRequest request)
    {
        var (paging, problem) = Paging.From(request);
        if (problem is not null) return (null, null);
        if (!QueryInstant.TryRead(request, "from", out var from) || !QueryInstant.TryRead(request, "to", out var to)) return (null, paging);
        string? Text(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        return (new Filters(from, to, Text("agent"), Text("account"), Text("rule"), Text("status")), paging);
    }

    private static ProblemResult Invalid(HttpRequest request) =>
        new(Paging.From(request).Problem ?? Problem.BadRequest("from and to must be ISO 8601 dates or instants (UTC assumed)."));
}
